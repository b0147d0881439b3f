package com.safeward.ingest;

import java.time.Instant;

import com.safeward.devices.DeviceRef;

/**
 * A device event accepted for the first time. Published inside the intake transaction: a
 * synchronous listener's writes commit (or fail) together with the event itself.
 */
public record DeviceEventReceived(long id, DeviceRef device, String eventId, DeviceEventType type, Instant occurredAt,
        Instant receivedAt, String data) {
}
