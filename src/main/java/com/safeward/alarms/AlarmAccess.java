package com.safeward.alarms;

/** Who may see alarms and who may act on them; always within the caller's data scope. */
final class AlarmAccess {

    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','MONITORING_OPERATOR',"
            + "'HOSPITAL_LEADER')";
    /** 安全监控中心 operators and the security department acknowledge and reset alarms. */
    static final String ACT = "hasAnyRole('SECURITY_OFFICER','MONITORING_OPERATOR')";

    private AlarmAccess() {
    }
}
