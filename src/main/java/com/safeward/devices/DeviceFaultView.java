package com.safeward.devices;

import java.time.Instant;

/** A device's fault: what, since when, the alarm that revealed it, and how it was resolved. */
public record DeviceFaultView(long id, long deviceId, long hospitalId, DeviceFaultKind kind, Long alarmId,
        Instant openedAt, Instant resolvedAt, String resolvedBy, String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
