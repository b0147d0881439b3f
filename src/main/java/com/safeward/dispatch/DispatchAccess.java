package com.safeward.dispatch;

/** Who may use the guard's task page (guards, for their own tasks) and who sees which guards are free. */
final class DispatchAccess {

    static final String GUARD = "hasRole('GUARD')";
    /** The monitoring center and security see their hospital's guards, free or on a task (who to send). */
    static final String GUARDS = "hasAnyRole('MONITORING_OPERATOR','SECURITY_OFFICER')";

    private DispatchAccess() {
    }
}
