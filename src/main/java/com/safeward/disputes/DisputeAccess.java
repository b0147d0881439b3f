package com.safeward.disputes;

/** Who may do what with medical disputes (DSP-2 … DSP-9, INC-5); always within the caller's data scope. */
final class DisputeAccess {

    /** The hospital's management, security and patient relations office; the regions above it; system admins. */
    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'COMPLAINTS_OFFICER','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** Open a dispute, its parties, flags, channels, sessions, notice: the hospital's handlers. */
    static final String HANDLE = "hasAnyRole('HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER','COMPLAINTS_OFFICER')";
    /** Liability, compensation and the closing review: the patient relations office and the leaders. */
    static final String SETTLE = "hasAnyRole('HOSPITAL_LEADER','COMPLAINTS_OFFICER')";
    /** Name the leader in charge (领导包案): the hospital's leaders and admins. */
    static final String ASSIGN_LEADER = "hasAnyRole('HOSPITAL_LEADER','HOSPITAL_ADMIN')";
    /** See a party's identity unmasked, with a reason (audited). */
    static final String REVEAL = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER','COMPLAINTS_OFFICER')";

    /** Log a risk prompt letter about the dispute (DSP-6): as {@link RiskLetterAccess#LOG}. */
    static final String LOG_LETTER = RiskLetterAccess.LOG;

    private DisputeAccess() {
    }
}
