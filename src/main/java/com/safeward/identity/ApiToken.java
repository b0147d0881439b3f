package com.safeward.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bearer token, stored only as the SHA-256 hash of its random value (the value is shown
 * once). ACCESS tokens belong to a user and expire quickly; INTEGRATION tokens belong to a
 * hospital, carry permissions and last until revoked or their optional expiry.
 */
@Table("api_tokens")
record ApiToken(@Id Long id, String tokenHash, Kind kind, String name, String hint, Long userId, Long hospitalId,
        String permissions, String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt,
        String revokedBy, Instant lastUsedAt) {

    enum Kind {
        ACCESS, INTEGRATION
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    Set<Permission> permissionSet() {
        if (permissions == null || permissions.isBlank()) {
            return EnumSet.noneOf(Permission.class);
        }
        return Arrays.stream(permissions.split(",")).map(Permission::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }

    static String joined(Set<Permission> permissions) {
        return permissions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    ApiToken revoked(String by, Instant now) {
        return new ApiToken(id, tokenHash, kind, name, hint, userId, hospitalId, permissions, createdBy, createdAt,
                expiresAt, now, by, lastUsedAt);
    }

    ApiToken used(Instant now) {
        return new ApiToken(id, tokenHash, kind, name, hint, userId, hospitalId, permissions, createdBy, createdAt,
                expiresAt, revokedAt, revokedBy, now);
    }
}
