package com.safeward.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated devices of one hospital: a panic button for every five devices, the rest doors and
 * intrusion detectors. Sends {@code rate} events a second (mostly heartbeats, some door events)
 * and a panic press every {@code panicEvery} seconds.
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=com.safeward.simulator.DeviceSimulator \
 *   -Dexec.args="--hospital=H001 --area=急诊 --devices=10 --rate=5 --panic-every=60 --transport=mqtt"
 * </pre>
 */
public final class DeviceSimulator {

    /** Command-line options with their defaults. */
    public record Options(String url, String user, String password, String hospital, String area, int devices,
            double rate, int panicEvery, int duration, String transport, String mqtt) {

        public static Options parse(String... args) {
            Map<String, String> given = new HashMap<>();
            for (String arg : args) {
                String[] pair = arg.replaceFirst("^--", "").split("=", 2);
                given.put(pair[0], pair.length > 1 ? pair[1] : "true");
            }
            return new Options(given.getOrDefault("url", "http://localhost:8080"),
                    given.getOrDefault("user", "security"), given.getOrDefault("password", "demo"),
                    given.getOrDefault("hospital", "H001"), given.get("area"),
                    Integer.parseInt(given.getOrDefault("devices", "10")),
                    Double.parseDouble(given.getOrDefault("rate", "5")),
                    Integer.parseInt(given.getOrDefault("panic-every", "60")),
                    Integer.parseInt(given.getOrDefault("duration", "0")), given.getOrDefault("transport", "mqtt"),
                    given.getOrDefault("mqtt", "tcp://127.0.0.1:18830"));
        }
    }

    /** A simulated device: its code, type and token (HTTP bearer, MQTT password). */
    record SimulatedDevice(String code, String type, String token) {
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong sequence = new AtomicLong();
    private String bearer;

    public DeviceSimulator(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf("Simulating %d devices of %s at %.1f events/s over %s (panic every %d s)%n",
                options.devices(), options.hospital(), options.rate(), options.transport(), options.panicEvery());
        long sent = new DeviceSimulator(options).run();
        System.out.println("Sent " + sent + " events");
    }

    /** Registers the devices, then sends events until {@code duration} seconds pass (0: forever). Returns events sent. */
    public long run() throws IOException, InterruptedException {
        bearer = login();
        List<SimulatedDevice> devices = register();
        Sender sender = "http".equalsIgnoreCase(options.transport()) ? this::sendHttp : mqttSender();
        long sent = 0;
        Instant start = Instant.now();
        Instant nextPanic = options.panicEvery() > 0 ? start.plusSeconds(options.panicEvery()) : Instant.MAX;
        long pause = Math.max(1, Math.round(1000 / options.rate()));
        while (options.duration() == 0 || Duration.between(start, Instant.now()).getSeconds() < options.duration()) {
            SimulatedDevice device = devices.get(ThreadLocalRandom.current().nextInt(devices.size()));
            String type = "HEARTBEAT";
            if (Instant.now().isAfter(nextPanic)) {
                device = devices.stream().filter(d -> d.type().equals("PANIC_BUTTON")).findFirst().orElse(device);
                type = "PANIC";
                nextPanic = Instant.now().plusSeconds(options.panicEvery());
            } else if (device.type().equals("ACCESS_DOOR") && ThreadLocalRandom.current().nextInt(3) == 0) {
                type = ThreadLocalRandom.current().nextBoolean() ? "DOOR_OPENED" : "DOOR_CLOSED";
            }
            sender.send(device, event(device, type));
            sent++;
            Thread.sleep(pause);
        }
        return sent;
    }

    private String event(SimulatedDevice device, String type) {
        return "{\"eventId\":\"" + device.code() + "-" + System.currentTimeMillis() + "-" + sequence.incrementAndGet()
                + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + Instant.now() + "\",\"data\":{\"simulated\":true}}";
    }

    @FunctionalInterface
    private interface Sender {
        void send(SimulatedDevice device, String event) throws IOException, InterruptedException;
    }

    private void sendHttp(SimulatedDevice device, String event) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.url() + "/api/v1/device-events"))
                .header("Authorization", "Bearer " + device.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            System.err.println("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Each device signs in with its own credentials (user name {@code hospitalCode/deviceCode}, its
     * token as password: issue 17) and publishes to its own topic; connections are opened on first use.
     */
    private Sender mqttSender() {
        URI broker = URI.create(options.mqtt());
        Map<String, Mqtt3BlockingClient> clients = new HashMap<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> clients.values().forEach(client -> {
            try {
                client.disconnect();
            } catch (RuntimeException alreadyGone) {
                // nothing to do at exit
            }
        })));
        return (device, event) -> {
            Mqtt3BlockingClient client = clients.computeIfAbsent(device.code(), code -> {
                Mqtt3BlockingClient signedIn = MqttClient.builder().useMqttVersion3()
                        .identifier("safeward-simulator-" + code).serverHost(broker.getHost()).serverPort(broker.getPort())
                        .simpleAuth().username(options.hospital() + "/" + code)
                        .password(device.token().getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildBlocking();
                signedIn.connect();
                return signedIn;
            });
            client.publishWith().topic("safeward/" + options.hospital() + "/devices/" + device.code() + "/events")
                    .qos(MqttQos.AT_LEAST_ONCE).payload(event.getBytes(StandardCharsets.UTF_8)).send();
        };
    }

    private List<SimulatedDevice> register() throws IOException, InterruptedException {
        JsonNode hospitals = get("/api/v1/hospitals?q=" + URLEncoder.encode(options.hospital(), StandardCharsets.UTF_8));
        long hospitalId = -1;
        for (JsonNode hospital : hospitals.get("content")) {
            if (options.hospital().equals(hospital.get("code").asString())) {
                hospitalId = hospital.get("id").asLong();
            }
        }
        if (hospitalId < 0) {
            throw new IllegalArgumentException("No hospital " + options.hospital() + " visible to " + options.user());
        }
        List<Long> areas = new ArrayList<>();
        String areaQuery = options.area() == null ? "" : "&q=" + URLEncoder.encode(options.area(), StandardCharsets.UTF_8);
        get("/api/v1/areas?size=200&hospitalId=" + hospitalId + areaQuery).get("content")
                .forEach(a -> areas.add(a.get("id").asLong()));
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("No area matching " + options.area() + " in " + options.hospital());
        }
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        List<SimulatedDevice> devices = new ArrayList<>();
        for (int i = 0; i < options.devices(); i++) {
            String type = i % 5 == 0 ? "PANIC_BUTTON" : i % 2 == 0 ? "INTRUSION_DETECTOR" : "ACCESS_DOOR";
            String code = "SIM-" + run + "-" + i;
            JsonNode registered = post("/api/v1/devices", "{\"hospitalId\":" + hospitalId + ",\"areaId\":"
                    + areas.get(i % areas.size()) + ",\"code\":\"" + code + "\",\"name\":\"模拟设备 " + i
                    + "\",\"deviceType\":\"" + type + "\"}");
            devices.add(new SimulatedDevice(code, type, registered.get("token").asString()));
        }
        return devices;
    }

    private String login() throws IOException, InterruptedException {
        return post("/api/v1/auth/token", "{\"username\":\"" + options.user() + "\",\"password\":\""
                + options.password() + "\"}").get("accessToken").asString();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(options.url() + path)).GET());
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(options.url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }
}
