package com.safeward.alarms;

/**
 * Who may see alarms and who may act on them; always within the caller's data scope. The police
 * of a hospital's station and health regulators see its panic and intrusion alarms only
 * ({@link AlarmViewer}, TEC-7).
 */
final class AlarmAccess {

    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','MONITORING_OPERATOR',"
            + "'HOSPITAL_LEADER','POLICE','REGULATOR')";
    /** 安全监控中心 operators and the security department acknowledge and reset alarms. */
    static final String ACT = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR')";
    /** TEC-7: the police of the hospital's station record that they dispatched officers. */
    static final String POLICE = "hasRole('POLICE')";
    /** Consoles that sound for new alarms by default (a regulator turns sound on if it wants it). */
    static final String SOUND = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','MONITORING_OPERATOR',"
            + "'HOSPITAL_LEADER','POLICE')";

    /** Whose home shows the open alarms: the monitoring center, security, the police (TEC-7). */
    static final String HOME = "hasAnyRole('MONITORING_OPERATOR','SECURITY_OFFICER','POLICE')";

    private AlarmAccess() {
    }
}
