package com.safeward.disputes;

/** Who may do what with risk prompt letters (DSP-6); always within the caller's data scope. */
final class RiskLetterAccess {

    /** The hospital's management and patient relations office, and the regions above it. */
    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'COMPLAINTS_OFFICER','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** A regulator or committee issues one; the hospital logs one received on paper. */
    static final String LOG = "hasAnyRole('REGULATOR','POLITICAL_LEGAL_COMMITTEE','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'COMPLAINTS_OFFICER')";
    /** The hospital's leaders confirm having read it (报告主要负责人). */
    static final String CONFIRM = "hasRole('HOSPITAL_LEADER')";
    /** The hospital answers with measures and closes it. */
    static final String ANSWER = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER','COMPLAINTS_OFFICER')";

    private RiskLetterAccess() {
    }
}
