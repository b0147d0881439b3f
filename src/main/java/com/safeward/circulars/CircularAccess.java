package com.safeward.circulars;

/** Who may do what with typical-case circulars (INC-7). */
final class CircularAccess {

    /** Health commissions and political-legal committees (to the hospitals of their region), system admins. */
    static final String ISSUE = "hasAnyRole('REGULATOR','POLITICAL_LEGAL_COMMITTEE','SYSTEM_ADMIN')";
    /** Whoever may see one of the hospitals a circular went to. */
    static final String READ = "hasAnyRole('REGULATOR','POLITICAL_LEGAL_COMMITTEE','SYSTEM_ADMIN','POLICE',"
            + "'SECURITY_OFFICER','HOSPITAL_LEADER','HOSPITAL_ADMIN','MONITORING_OPERATOR','COMPLAINTS_OFFICER')";
    /** A hospital's security officer or leader records that the hospital has read it. */
    static final String MARK_READ = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER')";

    private CircularAccess() {
    }
}
