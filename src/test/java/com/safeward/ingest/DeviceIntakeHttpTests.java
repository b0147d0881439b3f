package com.safeward.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestDevices;
import com.safeward.TestLogins;

/** {@code POST /api/v1/device-events}: the MQTT payload over HTTP, authenticated by the device's token. */
@SafeWardTest
class DeviceIntakeHttpTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired TestDevices testDevices;

    @Test
    void anEventIsAcceptedOnceAndItsRepeatChangesNothing() throws Exception {
        TestDevices.Registered device = testDevices.register("H001", "PANIC_BUTTON");
        String event = Json.object("eventId", "evt-1", "type", "PANIC", "occurredAt", "2026-11-23T08:00:00Z");
        send(device.token(), event).andExpect(status().isAccepted()).andExpect(jsonPath("$.status", is("ACCEPTED")));
        send(device.token(), event).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("DUPLICATE")));
        assertThat(jdbc.sql("select count(*) from device_events where device_id = :d").param("d", device.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(testDevices.lastSeenAt(device.id())).isNotNull();
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        TestDevices.Registered device = testDevices.register("H001", "ACCESS_DOOR");
        send(device.token(), Json.object("eventId", "e2", "type", "LASER", "occurredAt", "2026-11-23T08:00:00Z"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("type")));
        send(device.token(), Json.object("eventId", "e3", "type", "DOOR_FORCED"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("occurredAt")));
        send(device.token(), "{oops").andExpect(status().isBadRequest());
    }

    @Test
    void onlyADeviceTokenIsAccepted() throws Exception {
        String event = Json.object("eventId", "e4", "type", "HEARTBEAT", "occurredAt", "2026-11-23T08:00:00Z");
        send("swd_not-a-device", event).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/device-events").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(event)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/device-events").contentType(MediaType.APPLICATION_JSON).content(event))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void deadLettersAreVisibleToAdminsOnly() throws Exception {
        mvc.perform(get("/api/v1/dead-letters").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page", is(0)));
        mvc.perform(get("/api/v1/dead-letters").header(HttpHeaders.AUTHORIZATION, logins.bearer("guard")))
                .andExpect(status().isForbidden());
    }

    private ResultActions send(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/device-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
