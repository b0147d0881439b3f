package com.safeward.brokeraccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestDevices;
import com.safeward.TestLogins;

/**
 * Issue 17, point 1, with an external broker: the Mosquitto 2 with the dynamic-security plugin that
 * {@code .ci/run} starts on 127.0.0.1:1884 (administrator {@code safeward-it}, password in
 * {@code SAFEWARD_IT_DYNSEC_PASSWORD}). SafeWard keeps the broker's device credentials in step with the
 * registry; the broker refuses a wrong password, a replaced token, a switched-off device and a publish to
 * another device's topic, and SafeWard counts them from the broker's log file ({@code SAFEWARD_IT_DYNSEC_LOG},
 * {@code log_type debug}): the denied publish against the device that made it, refused connections unnamed.
 * Integration profile only (tag {@code external-broker}).
 */
@SafeWardTest
@Tag("external-broker")
@TestPropertySource(properties = {"safeward.mqtt.enabled=true",
        "safeward.mqtt.url=tcp://127.0.0.1:${SAFEWARD_IT_DYNSEC_PORT:1884}",
        "safeward.mqtt.username=safeward-it", "safeward.mqtt.password=${SAFEWARD_IT_DYNSEC_PASSWORD:}",
        "safeward.mqtt.client-id=safeward-it-dynsec", "safeward.mqtt.connections=1",
        "safeward.mqtt.access.dynamic-security.enabled=true", "safeward.mqtt.access.flush-interval=PT1H",
        "safeward.mqtt.access.mosquitto-log-file=${SAFEWARD_IT_DYNSEC_LOG:target/no-mosquitto-log}"})
class MosquittoDeviceAccessTests {

    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("SAFEWARD_IT_DYNSEC_PORT", "1884"));

    @Autowired TestDevices devices;
    @Autowired TestLogins logins;
    @Autowired BrokerCredentialQueue queue;
    @Autowired BrokerRefusals refusals;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theBrokerKnowsEachDeviceByItsTokenAndRefusesEverythingElse() throws Exception {
        assertThat(System.getenv("SAFEWARD_IT_DYNSEC_PASSWORD")).as("set by .ci/run with the broker it starts")
                .isNotBlank();
        assertThat(System.getenv("SAFEWARD_IT_DYNSEC_LOG")).as("the broker's log file, set by .ci/run").isNotBlank();
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        TestDevices.Registered other = devices.register("H001", "PANIC_BUTTON");
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.size() == 0);
        String username = "H001/" + button.code();
        String topic = "safeward/H001/devices/" + button.code() + "/events";

        // the device with its token: one alarm
        Mqtt3BlockingClient device = connect(username, button.token());
        publish(device, topic, "own-1");
        await().atMost(Duration.ofSeconds(15)).until(() -> devices.alarmsOf(button.id()).size() == 1);

        // another device's topic: the broker drops it (MQTT 3.1.1 acknowledges anyway); the device's
        // next publish on the same connection arrives, the dropped one never does
        publish(device, "safeward/H001/devices/" + other.code() + "/events", "foreign");
        publish(device, topic, "own-2");
        await().atMost(Duration.ofSeconds(15)).until(() -> devices.alarmsOf(button.id()).size() == 2);
        assertThat(devices.alarmsOf(other.id())).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            refusals.flush();
            return refusedOf(button.id(), "FOREIGN_TOPIC") == 1;
        });

        // a wrong password: refused at CONNACK, counted from the broker's log
        long before = refusedConnections();
        assertRefused(username, "swd_wrong");

        // a replaced token: the broker disconnects the old sign-in and refuses the old token
        String renewed = devices.rotate(button.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.size() == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> !device.getState().isConnected());
        assertRefused(username, button.token());
        Mqtt3BlockingClient again = connect(username, renewed);
        publish(again, topic, "own-3");
        again.disconnect();
        await().atMost(Duration.ofSeconds(15)).until(() -> devices.alarmsOf(button.id()).size() == 3);

        // a device switched off (not a panic button, which is never disarmed): refused too
        TestDevices.Registered door = devices.register("H001", "ACCESS_DOOR");
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.size() == 0);
        connect("H001/" + door.code(), door.token()).disconnect();
        switchOff(door.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.size() == 0);
        assertRefused("H001/" + door.code(), door.token());

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            refusals.flush();
            return refusedConnections() >= before + 3;
        });
        assertThat(events("foreign")).isZero();
    }

    private void switchOff(long deviceId) throws Exception {
        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/devices/" + deviceId).header(HttpHeaders.AUTHORIZATION, logins.bearer("admin")))
                .andReturn().getResponse().getContentAsString();
        long areaId = ((Number) com.jayway.jsonpath.JsonPath.read(form, "$.areaId")).longValue();
        String code = com.jayway.jsonpath.JsonPath.read(form, "$.code");
        long hospitalId = ((Number) com.jayway.jsonpath.JsonPath.read(form, "$.hospitalId")).longValue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/devices/" + deviceId)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", hospitalId, "areaId", areaId, "code", code, "name", "test", "deviceType", "ACCESS_DOOR",
                        "enabled", false)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }

    private long refusedOf(long deviceId, String reason) {
        return jdbc.sql("select coalesce(sum(refusal_count), 0) from broker_refusals where device_id = :device "
                + "and reason = :reason").param("device", deviceId).param("reason", reason).query(Long.class).single();
    }

    private long refusedConnections() {
        return jdbc.sql("select coalesce(sum(refusal_count), 0) from broker_refusals where hospital_id is null "
                + "and reason = 'BAD_CREDENTIALS'").query(Long.class).single();
    }

    private long events(String prefix) {
        return jdbc.sql("select count(*) from device_events where event_id like :prefix").param("prefix", prefix + "-%")
                .query(Long.class).single();
    }

    private static void assertRefused(String username, String token) {
        assertThatThrownBy(() -> connect(username, token)).isInstanceOfSatisfying(Mqtt3ConnAckException.class,
                refused -> assertThat(refused.getMqttMessage().getReturnCode())
                        .isIn(Mqtt3ConnAckReturnCode.NOT_AUTHORIZED, Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD));
    }

    private static Mqtt3BlockingClient connect(String username, String token) {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier("device-" + System.nanoTime())
                .serverHost("127.0.0.1").serverPort(PORT).simpleAuth().username(username)
                .password(token.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildBlocking();
        client.connect();
        return client;
    }

    private static void publish(Mqtt3BlockingClient client, String topic, String eventId) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload(Json.object("eventId", eventId + "-" + System.nanoTime(), "type", "PANIC",
                        "occurredAt", "2026-11-23T08:00:00Z").getBytes(StandardCharsets.UTF_8)).send();
    }
}
