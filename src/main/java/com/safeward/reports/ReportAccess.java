package com.safeward.reports;

/** Who may do what with escalation reports (INC-6); always within the caller's data scope. */
final class ReportAccess {

    /** The hospital's administration, security and leaders; the regulators and committees above it. */
    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** The hospital completes and submits its reports: the security officer and the leaders. */
    static final String SUBMIT = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER')";
    /** Each receiving level marks a report received. */
    static final String RECEIVE = "hasAnyRole('REGULATOR','POLITICAL_LEGAL_COMMITTEE')";

    /** Whose home shows the reports due and overdue: security, leaders, regulators (INC-5, INC-6). */
    static final String HOME = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";

    private ReportAccess() {
    }
}
