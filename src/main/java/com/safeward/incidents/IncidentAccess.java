package com.safeward.incidents;

/** Who may report, read and handle incidents; always within the caller's data scope. */
final class IncidentAccess {

    /** Any hospital staff member reports from a phone (INC-2). */
    static final String REPORT = "hasAnyRole('MEDICAL_STAFF','GUARD','SECURITY_OFFICER','MONITORING_OPERATOR',"
            + "'COMPLAINTS_OFFICER','HOSPITAL_LEADER','HOSPITAL_ADMIN')";
    /** Reading: hospital staff (medical staff and guards see their own reports), police, regulators. */
    static final String READ = "hasAnyRole('MEDICAL_STAFF','GUARD','SECURITY_OFFICER','MONITORING_OPERATOR',"
            + "'COMPLAINTS_OFFICER','HOSPITAL_LEADER','HOSPITAL_ADMIN','SYSTEM_ADMIN','POLICE','REGULATOR',"
            + "'POLITICAL_LEGAL_COMMITTEE')";
    /** The security department and the monitoring center run the incident. */
    static final String HANDLE = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR')";
    /** The police of the responsible station record their side (INC-3). */
    static final String POLICE = "hasRole('POLICE')";

    /** Registering persons of an incident: the handlers and the police. */
    static final String REGISTER_PERSONS = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR','POLICE')";
    /** Seeing full identities (with a reason, audited): the security officer and the police. */
    static final String REVEAL = "hasAnyRole('SECURITY_OFFICER','POLICE')";

    /** WL-4: any hospital staff member raises a drunk or violent patient in two taps. */
    static final String RAISE_CONCERN = "hasAnyRole('MEDICAL_STAFF','GUARD','COMPLAINTS_OFFICER','SECURITY_OFFICER',"
            + "'MONITORING_OPERATOR','HOSPITAL_LEADER')";

    private IncidentAccess() {
    }
}
