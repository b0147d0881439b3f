package com.safeward.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.organizations.Role;

/**
 * A person's account: role and affiliation (hospital, police station or region, which decide
 * the data scope), for hospital staff optionally their department or ward (whose warnings they
 * get, WL-2), Argon2id password hash and lockout state.
 */
@Table("users")
record UserAccount(@Id Long id, String username, String displayName, String passwordHash, Role role,
        Long hospitalId, Long policeStationId, Long regionId, Long departmentId, boolean enabled, int failedLogins,
        Instant lockedUntil, Instant passwordChangedAt, @Version Integer version, Instant createdAt,
        Instant updatedAt) {

    static UserAccount create(String username, String displayName, String passwordHash, Role role,
            Long hospitalId, Long policeStationId, Long regionId, Long departmentId, Instant now) {
        return new UserAccount(null, username, displayName, passwordHash, role, hospitalId, policeStationId,
                regionId, departmentId, true, 0, null, now, null, now, now);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more failed login; at {@code maxFailures} the account locks until {@code now + lockFor}. */
    UserAccount failedLogin(int maxFailures, java.time.Duration lockFor, Instant now) {
        int failures = failedLogins + 1;
        if (failures >= maxFailures) {
            return new UserAccount(id, username, displayName, passwordHash, role, hospitalId, policeStationId,
                    regionId, departmentId, enabled, 0, now.plus(lockFor), passwordChangedAt, version, createdAt, now);
        }
        return new UserAccount(id, username, displayName, passwordHash, role, hospitalId, policeStationId, regionId, departmentId,
                enabled, failures, lockedUntil, passwordChangedAt, version, createdAt, now);
    }

    UserAccount succeededLogin(Instant now) {
        return new UserAccount(id, username, displayName, passwordHash, role, hospitalId, policeStationId, regionId, departmentId,
                enabled, 0, null, passwordChangedAt, version, createdAt, now);
    }

    UserAccount withPassword(String hash, Instant now) {
        return new UserAccount(id, username, displayName, hash, role, hospitalId, policeStationId, regionId, departmentId, enabled,
                0, null, now, version, createdAt, now);
    }

    UserAccount edited(String displayName, Role role, Long hospitalId, Long policeStationId, Long regionId,
            Long departmentId, boolean enabled, Instant now) {
        return new UserAccount(id, username, displayName, passwordHash, role, hospitalId, policeStationId, regionId, departmentId,
                enabled, failedLogins, lockedUntil, passwordChangedAt, version, createdAt, now);
    }

    UserAccount unlocked(Instant now) {
        return new UserAccount(id, username, displayName, passwordHash, role, hospitalId, policeStationId, regionId, departmentId,
                enabled, 0, null, passwordChangedAt, version, createdAt, now);
    }
}
