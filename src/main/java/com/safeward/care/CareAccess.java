package com.safeward.care;

/** Who may do what in psychological care; always within the caller's hospital. */
final class CareAccess {

    /** Ward staff record admissions and assessments and follow interventions. */
    static final String CARE = "hasAnyRole('MEDICAL_STAFF')";
    /** Reading the lists: ward staff, security (crises can turn into harm) and leaders. */
    static final String READ = "hasAnyRole('MEDICAL_STAFF','SECURITY_OFFICER','HOSPITAL_LEADER')";
    /** Admissions: ward staff, or a hospital information system with ADMISSIONS_SUBMIT. */
    static final String ADMIT = "hasRole('MEDICAL_STAFF') or hasAuthority('PERM_ADMISSIONS_SUBMIT')";

    /** Whose home shows the patients due an assessment: the ward staff who assess them, and the leaders. */
    static final String HOME = "hasAnyRole('MEDICAL_STAFF','HOSPITAL_LEADER')";

    private CareAccess() {
    }
}
