package com.safeward.compliance;

/** Who may see and trigger compliance evaluations (SUP-4); always within the caller's data scope. */
final class ComplianceAccess {

    /** The catalog is public knowledge to every signed-in role that deals with compliance. */
    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** Regulators, committees and admins see their hospitals side by side; a hospital sees itself. */
    static final String OVERVIEW = "hasAnyRole('SYSTEM_ADMIN','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** Evaluate now instead of at the next scheduled run. */
    static final String EVALUATE = "hasAnyRole('SYSTEM_ADMIN','REGULATOR')";

    /** RSK-4 target tasks: the regulators who issue and decide, the hospitals' management who report. */
    static final String TASKS = "hasAnyRole('SYSTEM_ADMIN','REGULATOR','POLITICAL_LEGAL_COMMITTEE','SECURITY_OFFICER',"
            + "'HOSPITAL_LEADER','HOSPITAL_ADMIN')";
    static final String ISSUE_TASKS = "hasRole('REGULATOR')";
    static final String REPORT_TASKS = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER')";

    /** SUP-3 supervision actions: regulators record them; the hospital's management reads and responds. */
    static final String SUPERVISION = "hasAnyRole('SYSTEM_ADMIN','REGULATOR','POLITICAL_LEGAL_COMMITTEE','SECURITY_OFFICER',"
            + "'HOSPITAL_LEADER','HOSPITAL_ADMIN')";
    static final String SUPERVISE = "hasRole('REGULATOR')";
    static final String RESPOND = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER')";

    /** SUP-2 Safe Hospital assessments: a hospital's management sees its own; regulators above it assemble and finalise. */
    static final String ASSESSMENTS = READ;
    static final String ASSESS = "hasRole('REGULATOR')";

    private ComplianceAccess() {
    }
}
