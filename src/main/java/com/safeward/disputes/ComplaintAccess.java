package com.safeward.disputes;

/** Who may do what with complaints (DSP-1); always within the caller's data scope. */
final class ComplaintAccess {

    /** The hospital's handlers (medical staff: the complaints they received or own), regions above it, system admins. */
    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'COMPLAINTS_OFFICER','MEDICAL_STAFF','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** Whoever receives a complaint in the hospital records it and owns it (首诉负责制). */
    static final String HANDLE = "hasAnyRole('HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER','COMPLAINTS_OFFICER',"
            + "'MEDICAL_STAFF')";
    /** The published process's contacts and the QR code: the patient relations office and the hospital's admins. */
    static final String PUBLISH = "hasAnyRole('HOSPITAL_ADMIN','COMPLAINTS_OFFICER')";
    /** The process sheet: anyone of the hospital's handlers (to print and post it). */
    static final String PROCESS = "hasAnyRole('HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER','COMPLAINTS_OFFICER',"
            + "'MEDICAL_STAFF')";

    /** Turn a complaint into a medical dispute: whoever may open one ({@link DisputeAccess#HANDLE}). */
    static final String ESCALATE = DisputeAccess.HANDLE;

    private ComplaintAccess() {
    }
}
