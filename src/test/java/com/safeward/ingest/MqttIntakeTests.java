package com.safeward.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The node's MQTT connection: on the embedded defaults an in-process broker on 127.0.0.1:18830
 * (so a Mosquitto on 1883, as on this project's machines, never clashes); in the integration
 * profile the machine's Mosquitto. The client reconnects by itself when the broker comes back.
 */
@SpringBootTest(properties = {"safeward.mqtt.enabled=true", "safeward.data-dir=target/mqtt-test-data"})
class MqttIntakeTests {

    @Autowired MqttConnection connection;
    @Autowired EmbeddedBroker broker;
    @Autowired MqttProperties properties;

    @Test
    void connectsToTheBrokerAndReportsItInHealth() {
        await().atMost(Duration.ofSeconds(15)).until(connection::connected);
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
        await().atMost(Duration.ofSeconds(30)).until(connection::connected);
    }
}
