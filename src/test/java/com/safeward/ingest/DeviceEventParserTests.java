package com.safeward.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The one payload format both transports accept. */
class DeviceEventParserTests {

    private final DeviceEventParser parser = new DeviceEventParser(JsonMapper.builder().build());

    @Test
    void readsAValidEventWithOffsetTimeAndData() {
        DeviceEventMessage message = parse("""
                {"eventId":"e-1","type":"PANIC","occurredAt":"2026-11-23T16:00:00+08:00","data":{"battery":87}}""");
        assertThat(message.eventId()).isEqualTo("e-1");
        assertThat(message.type()).isEqualTo(DeviceEventType.PANIC);
        assertThat(message.occurredAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(message.data()).isEqualTo("{\"battery\":87}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-23T08:00:00Z|2026-11-23T08:00:00Z",
            "2026-11-23T16:00:00+08:00|2026-11-23T08:00:00Z",
            "2026-11-23T08:00:00.123456789Z|2026-11-23T08:00:00.123456789Z",
            "2026-11-23T08:00:00.5-01:30|2026-11-23T09:30:00.5Z",
            "2024-02-29T23:59:59Z|2024-02-29T23:59:59Z",
            "2026-11-23t08:00:00z|2026-11-23T08:00:00Z",
            "2026-11-23T16:05+08:00|2026-11-23T08:05:00Z"})
    void readsIsoTimesWithAnyOffsetAndFraction(String occurredAt, String instant) {
        assertThat(parse("{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"" + occurredAt + "\"}").occurredAt())
                .isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23\"}|occurredAt",
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"2026-02-30T08:00:00Z\"}|occurredAt",
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T25:00:00Z\"}|occurredAt",
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00+8\"}|occurredAt",
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"1700000000\"}|occurredAt",
            "{\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}|eventId",
            "{\"eventId\":\"\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}|eventId",
            "{\"eventId\":\"e\",\"type\":\"EXPLOSION\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}|type",
            "{\"eventId\":\"e\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}|type",
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"yesterday\"}|occurredAt",
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00\"}|occurredAt",
            "{\"eventId\":\"e\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00Z\",\"data\":[1]}|data",
            "{\"eventId\":7,\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}|eventId",
            "[1,2]|body",
            "{not json|body"})
    void rejectsNamingTheField(String payload, String field) {
        assertThatThrownBy(() -> parse(payload)).isInstanceOfSatisfying(RejectedMessage.class,
                rejected -> assertThat(rejected.field()).isEqualTo(field));
    }

    @Test
    void rejectsOversizedAndOverlongInput() {
        assertThatThrownBy(() -> parse("{\"eventId\":\"" + "x".repeat(65) + "\",\"type\":\"PANIC\","
                + "\"occurredAt\":\"2026-11-23T08:00:00Z\"}"))
                .isInstanceOfSatisfying(RejectedMessage.class, r -> assertThat(r.field()).isEqualTo("eventId"));
        assertThatThrownBy(() -> parse("{\"data\":\"" + "x".repeat(20_000) + "\"}"))
                .isInstanceOfSatisfying(RejectedMessage.class, r -> assertThat(r.field()).isEqualTo("body"));
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(RejectedMessage.class);
    }

    private DeviceEventMessage parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
