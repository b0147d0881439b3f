package com.safeward.devices;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A registered device; its token is known only by its hash. */
@Table("devices")
record Device(@Id Long id, Long hospitalId, Long areaId, String code, String name, DeviceType deviceType,
        String tokenHash, String tokenHint, boolean enabled, Instant lastSeenAt, Instant decommissionedAt,
        @Version Integer version, Instant createdAt, Instant updatedAt) {

    /** A new device; {@code areaId} may be null: not yet assigned to an area. */
    static Device register(long hospitalId, Long areaId, String code, String name, DeviceType type, String tokenHash,
            String tokenHint, Instant now) {
        return new Device(null, hospitalId, areaId, code.trim(), name.trim(), type, tokenHash, tokenHint, true, null,
                null, null, now, now);
    }

    /** The code and hospital are fixed once registered; the rest may change (not once decommissioned). */
    Device update(Long areaId, String name, DeviceType type, boolean enabled, Instant now) {
        requireInUse();
        return new Device(id, hospitalId, areaId, code, name.trim(), type, tokenHash, tokenHint, enabled, lastSeenAt,
                null, version, createdAt, now);
    }

    Device withToken(String hash, String hint, Instant now) {
        requireInUse();
        return new Device(id, hospitalId, areaId, code, name, deviceType, hash, hint, enabled, lastSeenAt,
                decommissionedAt, version, createdAt, now);
    }

    /** Taken out of use for good; a panic button still raises alarms (GB 50394) and opens a fault. */
    Device decommission(Instant now) {
        requireInUse();
        return new Device(id, hospitalId, areaId, code, name, deviceType, tokenHash, tokenHint, false, lastSeenAt, now,
                version, createdAt, now);
    }

    DeviceCondition condition() {
        if (decommissionedAt != null) {
            return DeviceCondition.DECOMMISSIONED;
        }
        if (!enabled) {
            return DeviceCondition.DISABLED;
        }
        return areaId == null ? DeviceCondition.UNASSIGNED : DeviceCondition.IN_SERVICE;
    }

    /** Whether the intake takes this device's events in (panic buttons: always). */
    boolean heard() {
        return condition().heard(deviceType);
    }

    private void requireInUse() {
        if (decommissionedAt != null) {
            throw new com.safeward.kernel.RuleViolation("state", "validation.device.decommissioned");
        }
    }
}
