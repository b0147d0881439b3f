package com.safeward.mediaplans;

/** Who may see and keep a hospital's media contact and information release plan (INC-8). */
final class MediaPlanAccess {

    /** The hospital's security, monitoring center, leaders and admin; its police station; its regulators. */
    static final String READ = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR','HOSPITAL_LEADER','HOSPITAL_ADMIN',"
            + "'SYSTEM_ADMIN','POLICE','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** The hospital's security officer, admin and leaders keep it. */
    static final String EDIT = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_ADMIN','HOSPITAL_LEADER')";

    /** Whose home counts the hospitals without a plan: regulators and the political-legal committee. */
    static final String HOME = "hasAnyRole('REGULATOR','POLITICAL_LEGAL_COMMITTEE')";

    private MediaPlanAccess() {
    }
}
