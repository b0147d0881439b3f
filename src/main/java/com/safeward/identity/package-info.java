/**
 * Identity: accounts and their roles and affiliation, form login with session and CSRF for the
 * UI, short-lived bearer tokens for the API ({@code POST /api/v1/auth/token}), long-lived
 * integration tokens scoped to one hospital and a set of permissions, Argon2id password
 * hashing, lockout after repeated failures, password changes, and the first administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
        allowedDependencies = {"audit", "organizations"})
package com.safeward.identity;
