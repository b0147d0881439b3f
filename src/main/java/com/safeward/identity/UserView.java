package com.safeward.identity;

import java.time.Instant;

import com.safeward.organizations.Role;

/** An account as administrators see it (never the password hash). */
public record UserView(long id, String username, String displayName, Role role, Long hospitalId,
        Long policeStationId, Long regionId, String affiliation, boolean enabled, boolean locked,
        Instant lockedUntil, Instant passwordChangedAt, Instant createdAt, Instant updatedAt) {
}
