package com.safeward.organizations;

/**
 * Who may use the organization endpoints and pages (method-security expressions). Reads are
 * further limited to the caller's {@link DataScope}.
 */
final class OrganizationAccess {

    /** Every human role, and integrations holding ORGANIZATION_READ. */
    static final String READ = "isAuthenticated() and (!hasRole('INTEGRATION') or hasAuthority('PERM_ORGANIZATION_READ'))";
    /** Regions, police stations and registering hospitals: system administrators. */
    static final String MASTER_DATA = "hasRole('SYSTEM_ADMIN')";
    /** A hospital's own facts, departments and areas: its admin and security department. */
    static final String HOSPITAL_DATA = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN','SECURITY_OFFICER')";

    /** In the menu of those who work with the region tree: system admins, regulators, political-legal committees. */
    static final String REGION_TREE = "hasAnyRole('SYSTEM_ADMIN','REGULATOR','POLITICAL_LEGAL_COMMITTEE')";
    /** In the menu of those who work with police stations: system admins, the police, regulators. */
    static final String POLICE_STATIONS = "hasAnyRole('SYSTEM_ADMIN','POLICE','REGULATOR')";

    private OrganizationAccess() {
    }
}
