import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SafeWard benchmark (see bench/run). Prints a Markdown report to standard output. Every figure
 * is compared with a baseline measured in the same run on the same machine.
 */
public class SafeWardBench {

    /** Latency histogram with 0.1 ms buckets up to 10 s; overflow counted in the last bucket. */
    static final class Histogram {
        private final AtomicLongArray buckets = new AtomicLongArray(100_001);
        private final AtomicLong count = new AtomicLong();

        void record(long micros) {
            int bucket = (int) Math.max(0, Math.min(100_000, micros / 100));
            buckets.incrementAndGet(bucket);
            count.incrementAndGet();
        }

        long count() {
            return count.get();
        }

        double percentileMillis(double p) {
            long total = count.get();
            if (total == 0) {
                return Double.NaN;
            }
            long rank = (long) Math.ceil(p * total);
            long seen = 0;
            for (int i = 0; i < buckets.length(); i++) {
                seen += buckets.get(i);
                if (seen >= rank) {
                    return (i + 1) / 10.0;
                }
            }
            return Double.POSITIVE_INFINITY;
        }
    }

    private final String base;
    private final String mqttUrl;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final int seconds = env("BENCH_SECONDS", 60);
    private final int rate = env("BENCH_ALARM_RATE", 200);
    private final int clients = env("BENCH_SSE_CLIENTS", 1000);
    private final int intakeSeconds = env("BENCH_INTAKE_SECONDS", 30);

    SafeWardBench(String base, String mqttUrl, String jdbcUrl) {
        this.base = base;
        this.mqttUrl = mqttUrl;
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        new SafeWardBench(args[0], args[1], args[2]).report();
    }

    void report() throws Exception {
        String admin = token("admin");
        String operator = token("operator");
        long hospital = hospitalId(admin, "H001");
        long area = areaId(admin, hospital);
        List<String> buttons = register(admin, hospital, area, "PANIC_BUTTON", 20);
        List<String> doors = register(admin, hospital, area, "ACCESS_DOOR", 20);

        Histogram raw = rawRoundTrip();
        Histogram alarm = new Histogram();
        long published = alarmLatency(operator, buttons, alarm);
        double[] intake = intakeThroughput(doors);
        double baseline = jdbcBaseline((long) intake[0]);

        double rawP99 = raw.percentileMillis(0.99);
        double alarmP99 = alarm.percentileMillis(0.99);
        StringBuilder out = new StringBuilder();
        out.append("# SafeWard benchmark ").append(Instant.now()).append("\n\n");
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JVM ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append("; SafeWard and the load generator on the same machine, PostgreSQL and Mosquitto local.\n\n");
        out.append("## Alarm latency (panic over MQTT → SSE `alarm` event)\n\n");
        out.append(String.format("%d alarms/s for %d s (%d published), %d SSE clients; %d deliveries of %d expected.%n%n",
                rate, seconds, published, clients, alarm.count(), published * clients));
        out.append("| path | p50 ms | p99 ms |\n|---|---|---|\n");
        out.append(String.format("| raw broker round trip (publish → plain subscriber) | %.1f | %.1f |%n",
                raw.percentileMillis(0.5), rawP99));
        out.append(String.format("| SafeWard (publish → alarm committed → SSE at every client) | %.1f | %.1f |%n%n",
                alarm.percentileMillis(0.5), alarmP99));
        out.append(String.format("Targets: p99 ≤ 50 ms → %s; p99 ≤ raw p99 + 25 ms (%.1f ms) → %s.%n%n",
                alarmP99 <= 50 ? "met" : "NOT met", rawP99 + 25, alarmP99 <= rawP99 + 25 ? "met" : "NOT met"));
        out.append("## Intake throughput (heartbeats and door events over MQTT into PostgreSQL)\n\n");
        out.append("| path | rows | events/s |\n|---|---|---|\n");
        out.append(String.format("| SafeWard intake (MQTT QoS 1 → validated, de-duplicated, committed) | %.0f | %.0f |%n",
                intake[0], intake[1]));
        out.append(String.format("| plain JDBC batch insert of the same rows | %.0f | %.0f |%n%n", intake[0], baseline));
        out.append(String.format("Targets: ≥ 10,000 events/s → %s; ≥ 0.5 of the plain insert rate (ratio %.2f) → %s.%n",
                intake[1] >= 10_000 ? "met" : "NOT met", intake[1] / baseline, intake[1] / baseline >= 0.5 ? "met" : "NOT met"));
        System.out.print(out);
        System.exit(0);
    }

    /** A plain subscriber and publisher on the same broker: the floor any alarm path stands on. */
    Histogram rawRoundTrip() throws Exception {
        Histogram histogram = new Histogram();
        Mqtt3AsyncClient subscriber = client("bench-raw-sub-" + run);
        subscriber.subscribeWith().topicFilter("bench/" + run + "/raw").qos(MqttQos.AT_LEAST_ONCE)
                .callback(publish -> histogram.record((System.nanoTime()
                        - Long.parseLong(new String(publish.getPayloadAsBytes(), StandardCharsets.UTF_8))) / 1000))
                .send().get(10, TimeUnit.SECONDS);
        Mqtt3AsyncClient publisher = client("bench-raw-pub-" + run);
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long end = next + Duration.ofSeconds(Math.min(seconds, 20)).toNanos();
        while (System.nanoTime() < end) {
            publisher.publishWith().topic("bench/" + run + "/raw").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8)).send();
            next += interval;
            sleepUntil(next);
        }
        Thread.sleep(2000);
        publisher.disconnect();
        subscriber.disconnect();
        return histogram;
    }

    /** Opens the SSE clients, publishes panics at the rate, records publish → event latency at every client. */
    long alarmLatency(String operator, List<String> buttons, Histogram histogram) throws Exception {
        CountDownLatch connected = new CountDownLatch(clients);
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            streams.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/alarms/stream"))
                    .header("Authorization", "Bearer " + operator).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(new SseClient(histogram, connected))));
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            System.err.println("only " + (clients - connected.getCount()) + " SSE clients connected");
        }
        Mqtt3AsyncClient publisher = client("bench-alarm-pub-" + run);
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long end = next + Duration.ofSeconds(seconds).toNanos();
        long published = 0;
        while (System.nanoTime() < end) {
            String device = buttons.get((int) (published % buttons.size()));
            String event = "{\"eventId\":\"bench-" + run + "-" + published + "\",\"type\":\"PANIC\",\"occurredAt\":\""
                    + Instant.now() + "\"}";
            publisher.publishWith().topic("safeward/H001/devices/" + device + "/events").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(event.getBytes(StandardCharsets.UTF_8)).send();
            published++;
            next += interval;
            sleepUntil(next);
        }
        Thread.sleep(5000);
        publisher.disconnect();
        streams.forEach(stream -> stream.cancel(true));
        return published;
    }

    /** An SSE client: after "event:alarm", a "data:" line carries {change, alarm}; RAISED events are timed. */
    final class SseClient implements Flow.Subscriber<String> {
        private final Histogram histogram;
        private final CountDownLatch connected;
        private boolean alarmEvent;

        SseClient(Histogram histogram, CountDownLatch connected) {
            this.histogram = histogram;
            this.connected = connected;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith(":")) {
                connected.countDown();
            } else if (line.equals("event:alarm")) {
                alarmEvent = true;
            } else if (alarmEvent && line.startsWith("data:")) {
                alarmEvent = false;
                long now = nowMicros();
                JsonNode event = json.readTree(line.substring(5));
                if ("RAISED".equals(event.path("change").asString())) {
                    Instant occurred = Instant.parse(event.path("alarm").path("occurredAt").asString());
                    histogram.record(now - (occurred.getEpochSecond() * 1_000_000 + occurred.getNano() / 1000));
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }

    /** Publishes heartbeats and door events as fast as 1,000 in flight allow; returns {rows stored, rows/s}. */
    double[] intakeThroughput(List<String> doors) throws Exception {
        Mqtt3AsyncClient publisher = client("bench-intake-pub-" + run);
        Semaphore inFlight = new Semaphore(1000);
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(intakeSeconds).toNanos();
        long sent = 0;
        while (System.nanoTime() < end) {
            String device = doors.get((int) (sent % doors.size()));
            String type = sent % 4 == 0 ? (sent % 8 == 0 ? "DOOR_OPENED" : "DOOR_CLOSED") : "HEARTBEAT";
            String event = "{\"eventId\":\"intake-" + run + "-" + sent + "\",\"type\":\"" + type + "\",\"occurredAt\":\""
                    + Instant.now() + "\"}";
            inFlight.acquire();
            publisher.publishWith().topic("safeward/H001/devices/" + device + "/events").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(event.getBytes(StandardCharsets.UTF_8)).send().whenComplete((ack, error) -> inFlight.release());
            sent++;
        }
        long stored;
        long last = -1;
        long lastChange = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            while (true) {
                stored = count(db, "select count(*) from device_events where event_id like 'intake-" + run + "-%'");
                if (stored != last) {
                    last = stored;
                    lastChange = System.nanoTime();
                } else if (System.nanoTime() - lastChange > 3_000_000_000L || stored >= sent) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        double elapsed = (lastChange - start) / 1e9;
        publisher.disconnect();
        return new double[] {stored, stored / elapsed};
    }

    /** The same rows inserted by plain JDBC batches into a table shaped like device_events. */
    double jdbcBaseline(long rows) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("create table bench_events (id bigint generated by default as identity primary key, "
                        + "device_id bigint not null, hospital_id bigint not null, event_id varchar(64) not null, "
                        + "event_type varchar(32) not null, occurred_at timestamp with time zone not null, "
                        + "received_at timestamp with time zone not null, transport varchar(8) not null, data text, "
                        + "unique (device_id, event_id))");
            }
            db.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("insert into bench_events (device_id, hospital_id, event_id, "
                    + "event_type, occurred_at, received_at, transport) values (?, ?, ?, ?, ?, ?, 'MQTT')")) {
                for (long i = 0; i < rows; i++) {
                    insert.setLong(1, i % 20);
                    insert.setLong(2, 1);
                    insert.setString(3, "baseline-" + i);
                    insert.setString(4, i % 4 == 0 ? "DOOR_OPENED" : "HEARTBEAT");
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private Mqtt3AsyncClient client(String id) throws Exception {
        URI broker = URI.create(mqttUrl);
        Mqtt3AsyncClient client = MqttClient.builder().useMqttVersion3().identifier(id).serverHost(broker.getHost())
                .serverPort(broker.getPort()).buildAsync();
        client.connect().get(10, TimeUnit.SECONDS);
        return client;
    }

    private List<String> register(String admin, long hospital, long area, String type, int n) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = "BENCH-" + run + "-" + type + "-" + i;
            post("/api/v1/devices", admin, "{\"hospitalId\":" + hospital + ",\"areaId\":" + area + ",\"code\":\"" + code
                    + "\",\"name\":\"bench\",\"deviceType\":\"" + type + "\"}");
            codes.add(code);
        }
        return codes;
    }

    private long hospitalId(String bearer, String code) throws Exception {
        for (JsonNode hospital : get("/api/v1/hospitals?q=" + code, bearer).get("content")) {
            if (code.equals(hospital.get("code").asString())) {
                return hospital.get("id").asLong();
            }
        }
        throw new IllegalStateException("no hospital " + code);
    }

    private long areaId(String bearer, long hospital) throws Exception {
        return get("/api/v1/areas?hospitalId=" + hospital + "&q=" + URLEncoder.encode("急诊抢救室", StandardCharsets.UTF_8), bearer)
                .get("content").get(0).get("id").asLong();
    }

    private String token(String user) throws Exception {
        return post("/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"demo\"}")
                .get("accessToken").asString();
    }

    private JsonNode get(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer).GET());
    }

    private JsonNode post(String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
