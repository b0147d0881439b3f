package com.safeward.brokeraccess;

/** Who may see what the broker refused: security and admins, within their data scope (system admin: everything, unattributed too). */
final class BrokerAccessRules {

    static final String READ = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER')";

    private BrokerAccessRules() {
    }
}
