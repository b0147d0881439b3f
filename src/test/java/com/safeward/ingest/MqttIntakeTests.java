package com.safeward.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestDevices;

/**
 * The node's MQTT connection: on the embedded defaults an in-process broker on 127.0.0.1:18830
 * (so a Mosquitto on 1883, as on this project's machines, never clashes); in the integration
 * profile the machine's Mosquitto. The client reconnects by itself when the broker comes back.
 */
@SafeWardTest
@TestPropertySource(properties = {"safeward.mqtt.enabled=true", "safeward.data-dir=target/mqtt-test-data"})
class MqttIntakeTests {

    /**
     * On the machine's broker the node's sessions are persistent (client ids safeward-it,
     * safeward-it-2): whatever else published to device topics since the last run (a benchmark,
     * a simulator) waits there, up to Mosquitto's per-client limit, after which new messages are
     * dropped. Start from empty sessions, before the node connects.
     */
    @org.junit.jupiter.api.BeforeAll
    static void forgetStaleSessions() {
        if (!"integration".equals(System.getProperty("spring.profiles.active"))) {
            return;
        }
        for (String id : new String[] {"safeward-it", "safeward-it-2"}) {
            Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier(id).serverHost("127.0.0.1")
                    .serverPort(1883).buildBlocking();
            client.connectWith().cleanSession(true).send();
            client.disconnect();
        }
    }

    @Autowired MqttConnection connection;
    @Autowired EmbeddedBroker broker;
    @Autowired MqttProperties properties;
    @Autowired TestDevices devices;
    @Autowired JdbcClient jdbc;

    @Test
    void eventsPublishedWithQos1AreStoredOnceAndBadOnesAreDeadLettered() {
        await().atMost(Duration.ofSeconds(15)).until(connection::receiving);
        TestDevices.Registered device = devices.register("H001", "PANIC_BUTTON");
        String topic = "safeward/H001/devices/" + device.code() + "/events";
        String eventId = "mqtt-" + System.nanoTime();
        String event = Json.object("eventId", eventId, "type", "PANIC", "occurredAt", "2026-11-23T08:00:00Z");
        Mqtt3BlockingClient publisher = publisher(device);
        try {
            publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(event.getBytes()).send();
            publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(event.getBytes()).send();
            publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload("{broken".getBytes()).send();
        } finally {
            publisher.disconnect();
        }
        if (!properties.usesEmbeddedBroker()) {
            // The machine's broker takes anyone's publish to any device topic (its own access control is
            // the operator's: README); SafeWard still refuses a topic naming no device it knows.
            Mqtt3BlockingClient stranger = publisher(device);
            stranger.publishWith().topic("safeward/H001/devices/NO-SUCH-" + eventId + "/events")
                    .qos(MqttQos.AT_LEAST_ONCE).payload(event.getBytes()).send();
            stranger.disconnect();
            await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from dead_letters where source = '"
                    + "safeward/H001/devices/NO-SUCH-" + eventId + "/events'") == 1);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> count(
                "select count(*) from dead_letters where source = '" + topic + "' and reason like 'body:%'") == 1);
        assertThat(count("select count(*) from device_events where event_id = '" + eventId + "'")).isEqualTo(1);
    }

    /** TEC-1, TEC-7: a burst is stored in batches; repeats inside one batch are still stored once. */
    @Test
    void aBurstIsStoredOnceEachWithItsAlarms() {
        await().atMost(Duration.ofSeconds(15)).until(connection::receiving);
        TestDevices.Registered device = devices.register("H001", "PANIC_BUTTON");
        String topic = "safeward/H001/devices/" + device.code() + "/events";
        String prefix = "burst-" + System.nanoTime() + "-";
        var publisher = publisher(device).toAsync();
        try {
            var sent = new java.util.ArrayList<java.util.concurrent.CompletableFuture<?>>();
            for (int i = 0; i < 600; i++) {
                int n = i % 400; // events 0..199 are sent twice
                String type = n % 100 == 0 ? "PANIC" : "HEARTBEAT";
                String event = Json.object("eventId", "" + prefix + n, "type", type,
                        "occurredAt", "2026-11-23T08:00:00Z");
                sent.add(publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(event.getBytes()).send());
            }
            sent.forEach(java.util.concurrent.CompletableFuture::join);
        } finally {
            publisher.disconnect();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from device_events where event_id like '" + prefix + "%'") == 400);
        await().atMost(Duration.ofSeconds(10)).until(() -> devices.alarmsOf(device.id()).size() == 4);
        assertThat(count("select count(*) from device_events where event_id like '" + prefix + "%'")).isEqualTo(400);
        assertThat(devices.alarmsOf(device.id())).hasSize(4);
    }

    /**
     * MQTT 3.1.1 lets a client with a clean session send an empty client identifier (the broker assigns
     * one): simple devices and tools such as mosquitto_pub (the README's example) do, with the device's
     * user name and token.
     */
    @Test
    void aDeviceWithoutAClientIdentifierCanPublish() {
        await().atMost(Duration.ofSeconds(15)).until(connection::receiving);
        TestDevices.Registered device = devices.register("H001", "PANIC_BUTTON");
        String eventId = "anonymous-" + System.nanoTime();
        java.net.URI uri = java.net.URI.create(properties.effectiveUrl());
        Mqtt3BlockingClient publisher = MqttClient.builder().useMqttVersion3().serverHost(uri.getHost())
                .serverPort(uri.getPort()).simpleAuth().username("H001/" + device.code())
                .password(device.token().getBytes()).applySimpleAuth().buildBlocking();
        publisher.connectWith().cleanSession(true).send();
        try {
            publisher.publishWith().topic("safeward/H001/devices/" + device.code() + "/events").qos(MqttQos.AT_LEAST_ONCE)
                    .payload((Json.object("eventId", eventId, "type", "PANIC",
                            "occurredAt", "2026-11-23T16:05+08:00"))
                            .getBytes())
                    .send();
        } finally {
            publisher.disconnect();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> count(
                "select count(*) from device_events where event_id = '" + eventId + "'") == 1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Issue 17: the embedded broker takes no client without credentials (outside a hospital's migration grace). */
    @Test
    @Tag("embedded-broker")
    void theEmbeddedBrokerRefusesAClientWithoutCredentials() {
        java.net.URI uri = java.net.URI.create(properties.effectiveUrl());
        Mqtt3BlockingClient anonymous = MqttClient.builder().useMqttVersion3().identifier("test-" + System.nanoTime())
                .serverHost(uri.getHost()).serverPort(uri.getPort()).buildBlocking();
        org.assertj.core.api.Assertions.assertThatThrownBy(anonymous::connect)
                .isInstanceOf(com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException.class);
    }

    /** The device signs in with its user name (hospitalCode/deviceCode) and token. */
    private Mqtt3BlockingClient publisher(TestDevices.Registered device) {
        java.net.URI uri = java.net.URI.create(properties.effectiveUrl());
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier("test-" + System.nanoTime())
                .serverHost(uri.getHost()).serverPort(uri.getPort()).simpleAuth().username("H001/" + device.code())
                .password(device.token().getBytes()).applySimpleAuth().buildBlocking();
        client.connect();
        return client;
    }

    @Test
    void connectsToTheBrokerAndReportsItInHealth() {
        await().atMost(Duration.ofSeconds(15)).until(connection::receiving);
        assertThat(connection.health().getStatus()).isEqualTo(Status.UP);
        assertThat(connection.health().getDetails().get("broker")).isEqualTo(properties.effectiveUrl());
    }

    /** Default profile only: the integration profile uses the machine's broker, which a test cannot restart. */
    @Test
    @Tag("embedded-broker")
    void embeddedBrokerUsesItsOwnPortAndReconnectsAfterARestart() {
        assertThat(properties.effectiveUrl()).isEqualTo("tcp://127.0.0.1:18830");
        await().atMost(Duration.ofSeconds(15)).until(connection::connected);

        broker.stop();
        await().atMost(Duration.ofSeconds(15)).until(() -> !connection.connected());
        assertThat(connection.health().getStatus()).isEqualTo(Status.DOWN);

        broker.start();
        await().atMost(Duration.ofSeconds(30)).until(connection::receiving);
    }
}
