package com.safeward.audit;

/** Who may search the audit trail: within their data scope (WL-7). */
final class AuditAccess {

    /** System admins (everything), hospital admins (their hospital), regulators (their region's hospitals). */
    static final String SEARCH = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','REGULATOR')";

    private AuditAccess() {
    }
}
