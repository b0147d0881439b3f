package com.safeward.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;

import com.ethlo.time.ITU;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the device event JSON both transports carry:
 * {@code {"eventId": "...", "type": "PANIC", "occurredAt": "2026-11-23T08:00:00Z", "data": {...}}}.
 * Kept apart from the transports so MQTT and HTTP accept exactly the same messages.
 */
@Component
class DeviceEventParser {

    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_EVENT_ID = 64;

    private final JsonMapper json;

    DeviceEventParser(JsonMapper json) {
        this.json = json;
    }

    DeviceEventMessage parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new RejectedMessage("body", "validation.device.empty");
        }
        if (payload.length > MAX_BYTES) {
            throw new RejectedMessage("body", "validation.device.tooLarge", MAX_BYTES);
        }
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (JacksonException malformed) {
            throw new RejectedMessage("body", "validation.device.malformed");
        }
        if (root == null || !root.isObject()) {
            throw new RejectedMessage("body", "validation.device.malformed");
        }
        String eventId = text(root, "eventId");
        if (eventId.length() > MAX_EVENT_ID) {
            throw new RejectedMessage("eventId", "validation.device.eventId", MAX_EVENT_ID);
        }
        DeviceEventType type;
        try {
            type = DeviceEventType.valueOf(text(root, "type"));
        } catch (IllegalArgumentException unknown) {
            throw new RejectedMessage("type", "validation.device.type",
                    Arrays.toString(DeviceEventType.values()));
        }
        Instant occurredAt = instant(text(root, "occurredAt"));
        JsonNode data = root.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            throw new RejectedMessage("data", "validation.device.data");
        }
        return new DeviceEventMessage(eventId, type, occurredAt,
                data == null || data.isNull() ? null : json.writeValueAsString(data));
    }

    /**
     * ISO 8601 with an offset. RFC 3339 times, which devices send, are read by ITU (java.time's formatter
     * was a sixteenth of the intake's CPU); what ITU refuses is tried with OffsetDateTime.parse, which
     * also takes times without seconds.
     */
    private static Instant instant(String text) {
        try {
            return ITU.parseDateTime(text).toInstant();
        } catch (DateTimeException notRfc3339) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException notIso) {
                throw new RejectedMessage("occurredAt", "validation.device.occurredAt");
            }
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new RejectedMessage(field, "problem.field.required");
        }
        return node.asString().trim();
    }
}
