package com.safeward.identity;

import java.time.Instant;
import java.util.Set;

/** An integration token as admins see it: never its value. */
public record IntegrationTokenView(long id, String name, String hint, long hospitalId, Set<Permission> permissions,
        String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy,
        Instant lastUsedAt) {

    static IntegrationTokenView of(ApiToken t) {
        return new IntegrationTokenView(t.id(), t.name(), t.hint(), t.hospitalId(), t.permissionSet(), t.createdBy(),
                t.createdAt(), t.expiresAt(), t.revokedAt(), t.revokedBy(), t.lastUsedAt());
    }

    public boolean active() {
        return revokedAt == null;
    }
}
