package com.safeward.identity;

/** Who may administer accounts and integration tokens. */
final class IdentityAccess {

    /** System admins (all accounts) and hospital admins (their hospital's accounts). */
    static final String ADMINS = "hasAnyRole('SYSTEM_ADMIN','HOSPITAL_ADMIN')";

    private IdentityAccess() {
    }
}
