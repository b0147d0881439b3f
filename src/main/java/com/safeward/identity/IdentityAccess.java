package com.safeward.identity;

/** Who may administer accounts and integration tokens. */
final class IdentityAccess {

    /** System admins (all accounts) and hospital admins (their hospital's accounts). */
    static final String ADMINS = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN')";

    /** Anyone signed in, person or integration (their own account, their token). */
    static final String SIGNED_IN = "isAuthenticated()";
    /** Anyone signed in who is a person (integrations have no password to change). */
    static final String PEOPLE = "isAuthenticated() and !hasRole('INTEGRATION')";

    private IdentityAccess() {
    }
}
