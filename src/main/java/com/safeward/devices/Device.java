package com.safeward.devices;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A registered device; its token is known only by its hash. */
@Table("devices")
record Device(@Id Long id, Long hospitalId, Long areaId, String code, String name, DeviceType deviceType,
        String tokenHash, String tokenHint, boolean enabled, Instant lastSeenAt, @Version Integer version,
        Instant createdAt, Instant updatedAt) {

    static Device register(long hospitalId, long areaId, String code, String name, DeviceType type, String tokenHash,
            String tokenHint, Instant now) {
        return new Device(null, hospitalId, areaId, code.trim(), name.trim(), type, tokenHash, tokenHint, true, null,
                null, now, now);
    }

    /** The code and hospital are fixed once registered; the rest may change. */
    Device update(long areaId, String name, DeviceType type, boolean enabled, Instant now) {
        return new Device(id, hospitalId, areaId, code, name.trim(), type, tokenHash, tokenHint, enabled, lastSeenAt,
                version, createdAt, now);
    }

    Device withToken(String hash, String hint, Instant now) {
        return new Device(id, hospitalId, areaId, code, name, deviceType, hash, hint, enabled, lastSeenAt, version,
                createdAt, now);
    }
}
