package com.safeward.dispatch;

/** Who may use the guard's task page: guards, for their own tasks. */
final class DispatchAccess {

    static final String GUARD = "hasRole('GUARD')";

    private DispatchAccess() {
    }
}
