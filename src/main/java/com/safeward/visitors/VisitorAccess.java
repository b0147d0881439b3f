package com.safeward.visitors;

/** Who may register ward visitors; always at their own hospital. */
final class VisitorAccess {

    /** WL-2 (N-4.1): the ward's front desk (medical staff), security, the monitoring center, guards. */
    static final String CHECK_IN = "hasAnyRole('MEDICAL_STAFF','SECURITY_OFFICER','MONITORING_OPERATOR','GUARD')";

    private VisitorAccess() {
    }
}
