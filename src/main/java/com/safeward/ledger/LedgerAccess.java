package com.safeward.ledger;

/**
 * Who may do what with checklists, inspections and the ledger (RSK-2, SUP-2); always within the
 * caller's data scope and {@link LedgerViewer}'s rules.
 */
final class LedgerAccess {

    /** Checklists are read by whoever inspects or is inspected. */
    static final String CHECKLISTS = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'REGULATOR','POLITICAL_LEGAL_COMMITTEE','POLICE')";
    /** A region's templates: system admins (every region's) and regulators (their own region's). */
    static final String MAINTAIN = "hasAnyRole('SYSTEM_ADMIN','REGULATOR')";
    /** A hospital's own checklist items: its security department and admin. */
    static final String OWN_ITEMS = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_ADMIN')";

    /** Inspections are read by the hospital's management, regulators and the police (SUP-2). */
    static final String INSPECTIONS = CHECKLISTS;
    /** Inspecting: the security department and leaders (自查); regulators, committees and police (检查, 抽查, 暗访). */
    static final String INSPECT = "hasAnyRole('SYSTEM_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER','REGULATOR',"
            + "'POLITICAL_LEGAL_COMMITTEE','POLICE')";

    /** The ledger: management and the level above see it; any other staff member the items they own. */
    static final String LEDGER = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'REGULATOR','POLITICAL_LEGAL_COMMITTEE','POLICE','MONITORING_OPERATOR','GUARD','MEDICAL_STAFF',"
            + "'COMPLAINTS_OFFICER')";
    /** Entering a problem by hand: security, leaders, regulators, police. */
    static final String RAISE = INSPECT;
    /** Owner, measures and deadline: the security department and leaders. */
    static final String ASSIGN = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER')";
    /** Recording progress: the owner's role may be any of the hospital's (checked per item). */
    static final String WORK = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER','HOSPITAL_ADMIN','MONITORING_OPERATOR',"
            + "'GUARD','MEDICAL_STAFF','COMPLAINTS_OFFICER')";
    /** Verifying on site (实销账), never by the owner: security, leaders, regulators, the police who found it. */
    static final String VERIFY = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER','REGULATOR','POLICE')";
    /** Exporting the ledger (Excel). */
    static final String EXPORT = CHECKLISTS;

    /** Whose home shows the ledger: its managers and the level above, and owners their own items. */
    static final String HOME_MANAGE = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER')";
    static final String HOME_ABOVE = "hasAnyRole('REGULATOR','POLITICAL_LEGAL_COMMITTEE','POLICE')";
    static final String HOME_OWNER = "hasAnyRole('MONITORING_OPERATOR','GUARD','MEDICAL_STAFF','COMPLAINTS_OFFICER')";

    private LedgerAccess() {
    }
}
