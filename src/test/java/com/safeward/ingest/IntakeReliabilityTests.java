package com.safeward.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.safeward.Json;
import com.safeward.SafeWardApplication;

/**
 * Nothing acknowledged is lost (integration profile: the machine's PostgreSQL and Mosquitto).
 * A node restarted while a device keeps publishing with QoS 1 gets every alarm exactly once; a
 * database unreachable for a while delays the intake but loses nothing; a restarted broker is
 * reconnected and subscribed again without anyone's help.
 */
@Tag("postgresql")
class IntakeReliabilityTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void aNodeRestartedWhileADevicePublishesRaisesEveryAlarmExactlyOnce() throws Exception {
        String clientId = "safeward-reliability-" + System.nanoTime();
        ConfigurableApplicationContext node = start(clientId, null);
        PanicButton device = registerPanicButton(node);
        String run = "restart-" + System.nanoTime();
        Mqtt3BlockingClient button = publisher();
        publish(button, device, run, 0, 20);
        ConfigurableApplicationContext first = node;
        await().atMost(Duration.ofSeconds(30)).until(() -> alarms(first, device) == 20);

        node.close();
        publish(button, device, run, 20, 40); // queued by the broker for the node's persistent session
        node = start(clientId, null);
        try {
            ConfigurableApplicationContext again = node;
            await().atMost(Duration.ofSeconds(60)).until(() -> alarms(again, device) == 40);
            // exactly once: forty events, forty alarms, and no redelivered duplicate arriving late
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> alarms(again, device) == 40);
        } finally {
            button.disconnect();
            node.close();
            forgetSession(clientId);
        }
    }

    @Test
    void aDatabaseUnreachableForAWhileLosesNothing() throws Exception {
        String clientId = "safeward-outage-" + System.nanoTime();
        try (CuttableProxy database = new CuttableProxy(5432)) {
            ConfigurableApplicationContext node = start(clientId, database.port());
            try {
                PanicButton device = registerPanicButton(node);
                String run = "outage-" + System.nanoTime();
                Mqtt3BlockingClient button = publisher();
                publish(button, device, run, 0, 10);
                await().atMost(Duration.ofSeconds(30)).until(() -> alarms(node, device) == 10);

                database.cut();
                publish(button, device, run, 10, 20);
                await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
                database.restore();

                await().atMost(Duration.ofSeconds(90)).until(() -> alarms(node, device) == 20);
                button.disconnect();
            } finally {
                node.close();
                forgetSession(clientId);
            }
        }
    }

    @Test
    void aRestartedBrokerIsReconnectedAndSubscribedAgainByItself() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process broker = mosquitto(port);
        ConfigurableApplicationContext node = null;
        try {
            node = new SpringApplicationBuilder(SafeWardApplication.class).run("--server.port=0",
                    "--safeward.mqtt.enabled=true", "--safeward.mqtt.url=tcp://127.0.0.1:" + port,
                    "--safeward.mqtt.client-id=safeward-broker-restart-" + System.nanoTime(), "--safeward.mqtt.connections=1");
            MqttConnection connection = node.getBean(MqttConnection.class);
            PanicButton device = registerPanicButton(node);
            ConfigurableApplicationContext running = node;
            String run = "broker-" + System.nanoTime();
            await().atMost(Duration.ofSeconds(15)).until(connection::receiving);
            publishTo(port, device, run, 0, 5);
            await().atMost(Duration.ofSeconds(30)).until(() -> alarms(running, device) == 5);

            broker.destroy();
            broker.waitFor();
            await().atMost(Duration.ofSeconds(15)).until(() -> !connection.connected());
            broker = mosquitto(port);
            await().atMost(Duration.ofSeconds(30)).until(connection::receiving);
            publishTo(port, device, run, 5, 10);
            await().atMost(Duration.ofSeconds(30)).until(() -> alarms(running, device) == 10);
        } finally {
            if (node != null) {
                node.close();
            }
            broker.destroy();
        }
    }

    /** A broker of the test's own (the machine's Mosquitto binary) on the given port. */
    private static Process mosquitto(int port) throws Exception {
        Process process = new ProcessBuilder("mosquitto", "-p", String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (java.io.IOException notYet) {
                return false;
            }
        });
        return process;
    }

    private static void publishTo(int port, PanicButton device, String run, int from, int to) {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier("device-" + System.nanoTime())
                .serverHost("127.0.0.1").serverPort(port).buildBlocking();
        client.connect();
        publish(client, device, run, from, to);
        client.disconnect();
    }

    /**
     * The test nodes' sessions (both connections of the integration profile) are persistent: end
     * them so the broker stops queueing for them.
     */
    private static void forgetSession(String clientId) {
        forgetOneSession(clientId);
        forgetOneSession(clientId + "-2");
    }

    private static void forgetOneSession(String clientId) {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier(clientId)
                .serverHost("127.0.0.1").serverPort(1883).buildBlocking();
        client.connectWith().cleanSession(true).send();
        client.disconnect();
    }

    /** A node of its own (command-line arguments outrank the test configuration, which turns MQTT off). */
    private ConfigurableApplicationContext start(String clientId, Integer databasePort) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--safeward.mqtt.enabled=true", "--safeward.mqtt.client-id=" + clientId,
                "--safeward.mqtt.share-group=" + clientId, // its own group: other nodes' sessions get none of its messages
                "--spring.datasource.hikari.connection-timeout=2000", "--spring.datasource.hikari.validation-timeout=1000"));
        if (databasePort != null) {
            String db = System.getenv().getOrDefault("SAFEWARD_IT_DB", "safeward_it");
            args.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/" + db);
        }
        return new SpringApplicationBuilder(SafeWardApplication.class).run(args.toArray(String[]::new));
    }

    /** A panic button registered on the node: its code (in the MQTT topic) and id. */
    private record PanicButton(String code, long id) {
    }

    private PanicButton registerPanicButton(ConfigurableApplicationContext node) throws Exception {
        String base = base(node);
        String token = JsonPath.read(post(base + "/api/v1/auth/token", null,
                Json.object("username", "security", "password", "demo")), "$.accessToken");
        var directory = node.getBean(com.safeward.organizations.OrganizationDirectory.class);
        long hospital = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(hospital).get(0).id();
        String code = "REL-" + System.nanoTime();
        String registered = post(base + "/api/v1/devices", token, Json.object("hospitalId", hospital, "areaId", area,
                "code", code, "name", "reliability", "deviceType", "PANIC_BUTTON"));
        return new PanicButton(code, ((Number) JsonPath.read(registered, "$.device.id")).longValue());
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    private static Mqtt3BlockingClient publisher() {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3().identifier("device-" + System.nanoTime())
                .serverHost("127.0.0.1").serverPort(1883).buildBlocking();
        client.connect();
        return client;
    }

    private static void publish(Mqtt3BlockingClient client, PanicButton device, String run, int from, int to) {
        for (int i = from; i < to; i++) {
            client.publishWith().topic("safeward/H001/devices/" + device.code() + "/events").qos(MqttQos.AT_LEAST_ONCE)
                    .payload((Json.object("eventId", "" + run + "-" + i, "type", "PANIC",
                            "occurredAt", "2026-11-23T08:00:00Z"))
                            .getBytes(StandardCharsets.UTF_8))
                    .send();
        }
    }

    /** The alarms the device raised, as the alarms API lists them; -1 while the node cannot answer. */
    private long alarms(ConfigurableApplicationContext node, PanicButton device) {
        String base = base(node);
        try {
            String token = tokens.computeIfAbsent(base, b -> {
                try {
                    return JsonPath.read(post(b + "/api/v1/auth/token", null,
                            Json.object("username", "security", "password", "demo")), "$.accessToken");
                } catch (Exception unavailable) {
                    throw new IllegalStateException(unavailable);
                }
            });
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/alarms?state=ALL&size=1&deviceId=" + device.id())).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? ((Number) JsonPath.read(response.body(), "$.totalElements")).longValue() : -1;
        } catch (Exception databaseDown) {
            return -1;
        }
    }

    private String post(String url, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " " + response.body()).isLessThan(300);
        return response.body();
    }

}
