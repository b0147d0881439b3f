package com.safeward.ingest;

import java.time.Instant;

/** A device event as it arrived, validated: the device's own id for it, its type, when it happened, raw data. */
record DeviceEventMessage(String eventId, DeviceEventType type, Instant occurredAt, String data) {
}
