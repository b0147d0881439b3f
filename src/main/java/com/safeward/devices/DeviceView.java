package com.safeward.devices;

import java.time.Instant;

/**
 * A device as lists and the API show it, with its location ({@code areaId} null: not assigned),
 * its condition and how many faults are open.
 */
public record DeviceView(long id, long hospitalId, String hospitalLabel, Long areaId, String location, String code,
        String name, DeviceType deviceType, String tokenHint, boolean enabled, DeviceCondition condition,
        Instant decommissionedAt, long openFaults, Instant lastSeenAt, Instant createdAt, Instant updatedAt) {
}
