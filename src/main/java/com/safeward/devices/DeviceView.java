package com.safeward.devices;

import java.time.Instant;

/** A device as lists and the API show it, with its location. */
public record DeviceView(long id, long hospitalId, String hospitalLabel, long areaId, String location, String code,
        String name, DeviceType deviceType, String tokenHint, boolean enabled, Instant lastSeenAt, Instant createdAt,
        Instant updatedAt) {
}
