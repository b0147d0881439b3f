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

    static Device register(long hospitalId, DeviceForm form, String tokenHash, String tokenHint, Instant now) {
        return new Device(null, hospitalId, form.areaId, form.code.trim(), form.name.trim(), form.deviceType,
                tokenHash, tokenHint, true, null, null, now, now);
    }

    Device update(DeviceForm form, Instant now) {
        return new Device(id, hospitalId, form.areaId, code, form.name.trim(), form.deviceType, tokenHash, tokenHint,
                form.enabled, lastSeenAt, version, createdAt, now);
    }

    Device withToken(String hash, String hint, Instant now) {
        return new Device(id, hospitalId, areaId, code, name, deviceType, hash, hint, enabled, lastSeenAt, version,
                createdAt, now);
    }
}
