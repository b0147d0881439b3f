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

    private OrganizationAccess() {
    }
}
