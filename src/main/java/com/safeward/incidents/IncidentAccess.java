package com.safeward.incidents;

import com.safeward.organizations.Actor;
import com.safeward.organizations.Role;

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

    /** INC-4: evidence comes from the people at the scene: security, the monitoring center, guards, staff, police. */
    static final String ADD_EVIDENCE = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR','POLICE','GUARD','MEDICAL_STAFF')";

    /** INC-7: tracked cases, for the hospital's administration, security and leaders, police, regulators. */
    static final String READ_CASES = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','HOSPITAL_LEADER',"
            + "'POLICE','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** INC-7 挂牌督办: regulators (of a level above the hospital's, checked by the use case). */
    static final String SUPERVISE = "hasAnyRole('REGULATOR','SYSTEM_ADMIN')";
    /** INC-8: the hospital and the police keep the three tracks of a supervised case current. */
    static final String TRACKS = "hasAnyRole('SECURITY_OFFICER','HOSPITAL_LEADER','POLICE')";
    /** INC-10: the leaders, the patient relations office and security support the staff involved. */
    static final String SUPPORT_STAFF = "hasAnyRole('HOSPITAL_LEADER','COMPLAINTS_OFFICER','SECURITY_OFFICER')";

    /** WL-4: any hospital staff member raises a drunk or violent patient in two taps. */
    static final String RAISE_CONCERN = "hasAnyRole('MEDICAL_STAFF','GUARD','COMPLAINTS_OFFICER','SECURITY_OFFICER',"
            + "'MONITORING_OPERATOR','HOSPITAL_LEADER')";

    private IncidentAccess() {
    }

    /** Medical staff and guards read only the incidents they reported themselves. */
    /** Whose home shows open incidents by stage: the handlers and the police (INC-3, INC-4). */
    static final String HOME_HANDLING = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR','POLICE')";
    /** Whose home leads with the report buttons (INC-2, WL-4): the people on the wards and at the front. */
    static final String HOME_REPORTING = "hasAnyRole('MEDICAL_STAFF','COMPLAINTS_OFFICER','GUARD')";
    /** Whose home shows the month in figures: the hospital's leaders. */
    static final String HOME_MONTH = "hasRole('HOSPITAL_LEADER')";
    /** Whose home shows incidents by hospital: regulators and the political-legal committee. */
    static final String HOME_BY_HOSPITAL = "hasAnyRole('REGULATOR','POLITICAL_LEGAL_COMMITTEE')";

    /** Whose home shows the tracked cases: leaders, the police, regulators and the committee (INC-7). */
    static final String HOME_CASES = "hasAnyRole('HOSPITAL_LEADER','POLICE','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";

    static boolean seesOwnReportsOnly(Actor actor) {
        return actor.role() == Role.MEDICAL_STAFF || actor.role() == Role.GUARD;
    }
}
