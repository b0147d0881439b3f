package com.safeward.devices;

/** Who may use the device endpoints and pages; all further limited to the caller's data scope. */
final class DeviceAccess {

    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER','MONITORING_OPERATOR',"
            + "'HOSPITAL_LEADER','REGULATOR')";
    static final String WRITE = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER')";

    /** Whose home counts the devices with an open fault: the monitoring center and security. */
    static final String HOME = "hasAnyRole('MONITORING_OPERATOR','SECURITY_OFFICER')";

    private DeviceAccess() {
    }
}
