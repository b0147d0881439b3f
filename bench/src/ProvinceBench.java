import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alarm stream as a province runs it (issue 12, TEC-7, INC-1): 200 hospitals in 4 cities of 5
 * counties, 40 police stations (5 hospitals each), and 1,000 SSE consoles spread as a province has
 * them: 4 per hospital's monitoring center (800), 3 per police station (120), 2 per county health
 * commission (40), 8 per city's (32) and 8 at the province's. Panics at BENCH_ALARM_RATE (200/s)
 * spread over the hospitals, BENCH_SECONDS (60) measured after BENCH_WARMUP_SECONDS (30); each
 * console receives only its hospitals' alarms (25 deliveries per alarm, not 1,000). Reports p50/p99
 * publish → console per kind, the raw broker round trip measured in the same run, whether every
 * delivery arrived exactly once and in scope, and a reconnect of all 1,000 consoles with
 * Last-Event-ID in the middle of the load (BENCH_RECONNECT=0 skips it).
 * Arguments: base URL, MQTT URL.
 */
public class ProvinceBench {

    static final int CITIES = 4;
    static final int COUNTIES_PER_CITY = 5;
    static final int HOSPITALS_PER_COUNTY = 10;
    static final int HOSPITALS_PER_STATION = 5;
    static final String PASSWORD = "bench-password-2026";
    static final String[] KINDS = {"hospital", "police", "county", "city", "province"};
    static final int[] CONSOLES_PER_UNIT = {4, 3, 2, 8, 8};

    /** Latencies in µs, 0–100 s, at 1 µs up to 10 ms then 1 ms (same as SafeWardBench's). */
    static final class Histogram {
        private final AtomicLongArray buckets = new AtomicLongArray(100_001);

        void record(long micros) {
            long clamped = Math.max(0, micros);
            int bucket = clamped < 10_000 ? (int) clamped : (int) Math.min(100_000, 10_000 + (clamped - 10_000) / 1000);
            buckets.incrementAndGet(bucket);
        }

        long count() {
            long total = 0;
            for (int i = 0; i < buckets.length(); i++) {
                total += buckets.get(i);
            }
            return total;
        }

        double percentileMillis(double p) {
            long total = count();
            if (total == 0) {
                return Double.NaN;
            }
            long seen = 0;
            for (int i = 0; i < buckets.length(); i++) {
                seen += buckets.get(i);
                if (seen >= Math.ceil(p * total)) {
                    return (i < 10_000 ? i : 10_000 + (i - 10_000) * 1000L) / 1000.0;
                }
            }
            return Double.NaN;
        }
    }

    private final String base;
    private final String mqttUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int rate = env("BENCH_ALARM_RATE", 200);
    private final int seconds = env("BENCH_SECONDS", 60);
    private final int warmupSeconds = env("BENCH_WARMUP_SECONDS", 30);
    private final boolean reconnect = env("BENCH_RECONNECT", 1) == 1;

    /** The hospitals (id, device code, hospital code), and the consoles to open (token, kind, hospital ids). */
    private final List<long[]> hospitals = new ArrayList<>();
    private final List<String> hospitalCodes = new ArrayList<>();
    private final List<String> devices = new ArrayList<>();
    private final List<Console> consoles = new ArrayList<>();

    /** One console to open: whose token, which kind, which hospitals it should see. */
    record Console(String bearer, int kind, Set<Long> hospitals) {
    }

    ProvinceBench(String base, String mqttUrl) {
        this.base = base;
        this.mqttUrl = mqttUrl;
    }

    public static void main(String[] args) throws Exception {
        new ProvinceBench(args[0], args[1]).report();
    }

    void report() throws Exception {
        long setupStart = System.nanoTime();
        setUp();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        Histogram raw = rawRoundTrip();
        Streams streams = new Streams(consoles);
        streams.awaitConnected(Duration.ofSeconds(120));
        Load load = publish(streams);
        Thread.sleep(5000);
        streams.close();

        StringBuilder out = new StringBuilder();
        out.append("## Province-shaped alarm load (issue 12: 200 hospitals, 1,000 consoles by kind)\n\n");
        out.append(String.format("Set up through the API in %.0f s: %d hospitals in %d cities × %d counties, %d police stations, "
                + "%d consoles (%s). %d alarms/s for %d s after a %d s warm-up: %d published and measured.%n%n",
                setupSeconds, hospitals.size(), CITIES, COUNTIES_PER_CITY, hospitals.size() / HOSPITALS_PER_STATION,
                consoles.size(), kindsLine(), rate, seconds, warmupSeconds, load.measured));
        out.append("| console kind | consoles | deliveries | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
        Histogram all = new Histogram();
        for (int kind = 0; kind < KINDS.length; kind++) {
            out.append(String.format("| %s | %d | %d | %.1f | %.1f |%n", KINDS[kind], streams.consolesOf(kind),
                    streams.byKind[kind].count(), streams.byKind[kind].percentileMillis(0.5),
                    streams.byKind[kind].percentileMillis(0.99)));
        }
        out.append(String.format("| **all** | %d | %d | %.1f | %.1f |%n", consoles.size(), streams.all.count(),
                streams.all.percentileMillis(0.5), streams.all.percentileMillis(0.99)));
        out.append(String.format("| raw broker round trip (publish → plain subscriber), same run | | %d | %.1f | %.1f |%n%n",
                raw.count(), raw.percentileMillis(0.5), raw.percentileMillis(0.99)));
        long expected = streams.expectedDeliveries(load.measuredPerHospital);
        out.append(String.format("Deliveries of measured alarms: %d of %d expected; duplicates %d; frames outside a console's "
                + "scope %d; consoles missing a frame %d → %s.%n%n", streams.measuredDeliveries(), expected,
                streams.duplicates(), streams.outOfScope.get(0), streams.consolesMissing(load.measuredPerHospital),
                streams.measuredDeliveries() == expected && streams.duplicates() == 0 && streams.outOfScope.get(0) == 0
                        ? "every delivery arrived, once" : "NOT every delivery arrived once"));
        out.append(String.format("Of which published → raised by the node (broker, intake; the alarm's raisedAt) p50 %.1f / p99 %.1f ms, "
                + "raised → console (commit, numbering, stream) p50 %.1f / p99 %.1f ms.%n%n",
                streams.toRaised.percentileMillis(0.5), streams.toRaised.percentileMillis(0.99),
                streams.raisedToConsole.percentileMillis(0.5), streams.raisedToConsole.percentileMillis(0.99)));
        out.append(slowSeconds(streams));
        double p99 = streams.all.percentileMillis(0.99);
        double rawP99 = raw.percentileMillis(0.99);
        out.append(String.format("Targets: p99 publish → console ≤ 50 ms → %s; ≤ raw p99 + 25 ms (%.1f ms) → %s.%n%n",
                p99 <= 50 ? "met" : "NOT met", rawP99 + 25, p99 <= rawP99 + 25 ? "met" : "NOT met"));
        if (reconnect) {
            out.append(String.format("Reconnect: at %d s into the measured run all %d consoles were dropped; %.1f s later each "
                    + "reconnected with Last-Event-ID. Reconnect → first frame p50 %.0f / p99 %.0f ms (%d consoles); alarms "
                    + "published while they were away reached them (replayed) at publish → console p50 %.0f / p99 %.0f ms "
                    + "(%d deliveries); streams the server ended, reconnected at once as EventSource does: %d; connections "
                    + "retried after 3 s without a byte: %d; none missed a frame: %s.%n%n", seconds / 2, consoles.size(),
                    load.awaySeconds,
                    streams.catchUp.percentileMillis(0.5), streams.catchUp.percentileMillis(0.99), streams.catchUp.count(),
                    streams.whileAway.percentileMillis(0.5), streams.whileAway.percentileMillis(0.99),
                    streams.whileAway.count(), streams.serverClosed(), streams.retries(),
                    streams.consolesMissing(load.measuredPerHospital) == 0 ? "yes" : "NO"));
        }
        streams.missingByKind(load.measuredPerHospital).forEach((kind, missing) -> out.append(String.format(
                "Missing frames: %s console(s) of kind %s.%n%n", missing, kind)));
        if (!load.cpu.isEmpty()) {
            out.append("CPU while measured: ").append(load.cpu).append(".\n\n");
        }
        System.out.print(out);
        System.exit(0);
    }

    private String kindsLine() {
        StringBuilder line = new StringBuilder();
        int[] counts = new int[KINDS.length];
        consoles.forEach(console -> counts[console.kind()]++);
        for (int kind = 0; kind < KINDS.length; kind++) {
            line.append(kind == 0 ? "" : ", ").append(counts[kind]).append(' ').append(KINDS[kind]);
        }
        return line.toString();
    }

    /** The province through the API, as its administrators would enter it. */
    void setUp() throws Exception {
        String admin = token("admin", "demo");
        long province = regionId(admin, "410000");
        Map<Integer, List<Long>> hospitalsOfCity = new LinkedHashMap<>();
        int h = 0;
        for (int c = 0; c < CITIES; c++) {
            String cityCode = "49" + (c + 1) + "000";
            long city = post("/api/v1/regions", admin, "{\"code\":\"" + cityCode + "\",\"name\":\"压测市" + (c + 1)
                    + "\",\"parentId\":" + province + "}").get("id").asLong();
            String cityUser = user(admin, "bench-city-" + c, "REGULATOR", "regionId", city);
            for (int k = 0; k < COUNTIES_PER_CITY; k++) {
                String countyCode = "49" + (c + 1) + "0" + (k + 1) + "0";
                long county = post("/api/v1/regions", admin, "{\"code\":\"" + countyCode + "\",\"name\":\"压测县" + (c + 1)
                        + "-" + (k + 1) + "\",\"parentId\":" + city + "}").get("id").asLong();
                String countyUser = user(admin, "bench-county-" + c + "-" + k, "REGULATOR", "regionId", county);
                Set<Long> ofCounty = new HashSet<>();
                long station = 0;
                String stationUser = null;
                Set<Long> ofStation = new HashSet<>();
                for (int i = 0; i < HOSPITALS_PER_COUNTY; i++, h++) {
                    if (i % HOSPITALS_PER_STATION == 0) {
                        addConsoles(stationUser, 1, ofStation);
                        ofStation = new HashSet<>();
                        station = post("/api/v1/police-stations", admin, "{\"code\":\"BPS" + h + "\",\"name\":\"压测派出所"
                                + h + "\",\"regionId\":" + county + "}").get("id").asLong();
                        stationUser = user(admin, "bench-police-" + h, "POLICE", "policeStationId", station);
                    }
                    String code = "BH" + h;
                    long hospital = post("/api/v1/hospitals", admin, "{\"code\":\"" + code + "\",\"name\":\"压测医院" + h
                            + "\",\"regionId\":" + county + ",\"policeStationId\":" + station
                            + ",\"category\":\"GENERAL\",\"gradeLevel\":\"LEVEL_2\"}").get("id").asLong();
                    long area = post("/api/v1/areas", admin, "{\"hospitalId\":" + hospital + ",\"building\":\"急诊楼\","
                            + "\"floor\":\"1F\",\"name\":\"抢救室\",\"areaType\":\"EMERGENCY\"}").get("id").asLong();
                    String device = "BPB" + h;
                    post("/api/v1/devices", admin, "{\"hospitalId\":" + hospital + ",\"areaId\":" + area + ",\"code\":\""
                            + device + "\",\"name\":\"一键报警\",\"deviceType\":\"PANIC_BUTTON\"}");
                    String operator = user(admin, "bench-op-" + h, "MONITORING_OPERATOR", "hospitalId", hospital);
                    hospitals.add(new long[] {hospital});
                    hospitalCodes.add(code);
                    devices.add(device);
                    ofCounty.add(hospital);
                    ofStation.add(hospital);
                    hospitalsOfCity.computeIfAbsent(c, x -> new ArrayList<>()).add(hospital);
                    addConsoles(operator, 0, Set.of(hospital));
                }
                addConsoles(stationUser, 1, ofStation);
                addConsoles(countyUser, 2, ofCounty);
            }
            addConsoles(cityUser, 3, new HashSet<>(hospitalsOfCity.get(c)));
        }
        Set<Long> all = new HashSet<>();
        hospitals.forEach(hospital -> all.add(hospital[0]));
        // the province's own users see the demo hospitals too; the bench's alarms are all in all
        addConsoles(token("province", "demo"), 4, all);
    }

    private void addConsoles(String bearer, int kind, Set<Long> hospitalIds) {
        if (bearer == null || hospitalIds.isEmpty()) {
            return;
        }
        for (int i = 0; i < CONSOLES_PER_UNIT[kind]; i++) {
            consoles.add(new Console(bearer, kind, Set.copyOf(hospitalIds)));
        }
    }

    /** A user of the role with the affiliation, and their token. */
    private String user(String admin, String username, String role, String affiliation, long id) throws Exception {
        post("/api/v1/users", admin, "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",\"role\":\""
                + role + "\",\"" + affiliation + "\":" + id + ",\"password\":\"" + PASSWORD + "\"}");
        return token(username, PASSWORD);
    }

    /** A plain subscriber and publisher on the same broker: the floor any alarm path stands on. */
    Histogram rawRoundTrip() throws Exception {
        Histogram histogram = new Histogram();
        String topic = "bench/province-" + System.nanoTime() + "/raw";
        Mqtt3AsyncClient subscriber = client("bench-province-raw-sub");
        subscriber.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE)
                .callback(publish -> histogram.record((System.nanoTime()
                        - Long.parseLong(new String(publish.getPayloadAsBytes(), StandardCharsets.UTF_8))) / 1000))
                .send().get(10, TimeUnit.SECONDS);
        Mqtt3AsyncClient publisher = client("bench-province-raw-pub");
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long end = next + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                    .payload(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8)).send();
            next += interval;
            sleepUntil(next);
        }
        Thread.sleep(2000);
        publisher.disconnect();
        subscriber.disconnect();
        return histogram;
    }

    /** What was published: measured alarms in all and per hospital id, how long consoles were away, the CPU line. */
    record Load(long measured, Map<Long, Long> measuredPerHospital, double awaySeconds, String cpu) {
    }

    /** Panics round robin over the hospitals; in the middle of the measured run every console drops and reconnects. */
    Load publish(Streams streams) throws Exception {
        Mqtt3AsyncClient publisher = client("bench-province-pub");
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long measureFrom = next + Duration.ofSeconds(warmupSeconds).toNanos();
        long dropAt = measureFrom + Duration.ofSeconds(seconds / 2).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        Map<Long, Long> perHospital = new ConcurrentHashMap<>();
        long measured = 0;
        long sent = 0;
        boolean measuring = false;
        boolean dropped = false;
        long reconnectAt = Long.MAX_VALUE;
        double away = 0;
        long cpuFrom = 0;
        long wallFrom = 0;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (!measuring && now >= measureFrom) {
                measuring = true;
                streams.measureFromMicros = nowMicros();
                cpuFrom = nodeCpuNanos();
                wallFrom = System.nanoTime();
            }
            if (reconnect && !dropped && now >= dropAt) {
                dropped = true;
                streams.dropAll();
                reconnectAt = now + Duration.ofSeconds(1).toNanos();
            }
            if (now >= reconnectAt) {
                away = (now - dropAt) / 1e9;
                reconnectAt = Long.MAX_VALUE;
                streams.reconnectAll();
            }
            int hospital = (int) (sent++ % devices.size());
            String event = "{\"eventId\":\"province-" + sent + "\",\"type\":\"PANIC\",\"occurredAt\":\"" + Instant.now() + "\"}";
            publisher.publishWith().topic("safeward/" + hospitalCodes.get(hospital) + "/devices/" + devices.get(hospital)
                    + "/events").qos(MqttQos.AT_LEAST_ONCE).payload(event.getBytes(StandardCharsets.UTF_8)).send();
            if (measuring) {
                measured++;
                perHospital.merge(hospitals.get(hospital)[0], 1L, Long::sum);
            }
            next += interval;
            sleepUntil(next);
        }
        String cpu = "";
        long nodeCpu = nodeCpuNanos() - cpuFrom;
        if (cpuFrom > 0) {
            double wall = System.nanoTime() - wallFrom;
            cpu = String.format("node %.0f %% of a core (%.0f µs per alarm, %.1f µs per delivery) of the machine's %d cores",
                    100 * nodeCpu / wall, nodeCpu / 1000.0 / Math.max(1, measured),
                    nodeCpu / 1000.0 / Math.max(1, measured * 25), Runtime.getRuntime().availableProcessors());
        }
        publisher.disconnect();
        return new Load(measured, perHospital, away, cpu);
    }

    /** The node's CPU time from /proc (BENCH_SERVER_PID), 0 where unknown. */
    private static long nodeCpuNanos() {
        String pid = System.getenv("BENCH_SERVER_PID");
        if (pid == null) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (java.io.IOException | RuntimeException unknown) {
            return 0;
        }
    }

    /**
     * The 1,000 consoles on non-blocking sockets (two selector threads): each reads its SSE frames
     * (id, data), records publish → receipt for RAISED alarms by kind, counts each measured alarm
     * once per console (a second copy is a duplicate) and checks the alarm's hospital is in scope.
     */
    final class Streams implements AutoCloseable {
        final Histogram[] byKind = new Histogram[KINDS.length];
        final Histogram all = new Histogram();
        final Histogram catchUp = new Histogram();
        final Histogram whileAway = new Histogram();
        /** Where the time goes: published → raised by the node (broker, intake, commit), raised → console (stream). */
        final Histogram toRaised = new Histogram();
        /** Deliveries slower than 30 ms by the second of the measurement their alarm was published in: where the tail is. */
        final AtomicLongArray slowBySecond = new AtomicLongArray(3600);
        final Histogram raisedToConsole = new Histogram();
        final AtomicLongArray outOfScope = new AtomicLongArray(1);
        volatile long measureFromMicros = Long.MAX_VALUE;
        private volatile long awayFromMicros = Long.MAX_VALUE;
        private volatile long awayUntilMicros = Long.MAX_VALUE;
        private final List<Selector> selectors = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private final List<Stream> streams = new ArrayList<>();
        private volatile boolean open = true;

        Streams(List<Console> consoles) throws Exception {
            for (int i = 0; i < KINDS.length; i++) {
                byKind[i] = new Histogram();
            }
            for (int t = 0; t < 2; t++) {
                selectors.add(Selector.open());
            }
            for (int i = 0; i < consoles.size(); i++) {
                Stream stream = new Stream(consoles.get(i), selectors.get(i % 2));
                streams.add(stream);
                stream.connect(null);
            }
            for (Selector selector : selectors) {
                Thread thread = new Thread(() -> loop(selector), "province-consoles");
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            Thread watchdog = new Thread(this::watch, "province-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        /**
         * A connection that has not even had the server's ":connected" within 3 s is connected again
         * (with its last id), as a careful SSE client does: on this one machine, a thousand sockets
         * closed and reopened at once can reuse the closed ones' ports before the server has seen them
         * close, and such a connection hangs (a loopback artefact, counted in the report).
         */
        private void watch() {
            while (open) {
                try {
                    Thread.sleep(500);
                    long now = nowMicros();
                    for (Stream stream : streams) {
                        stream.retryIfSilent(now);
                    }
                } catch (Exception stopped) {
                    return;
                }
            }
        }

        long retries() {
            return streams.stream().mapToLong(s -> s.retries).sum();
        }

        int consolesOf(int kind) {
            return (int) streams.stream().filter(s -> s.console.kind() == kind).count();
        }

        void awaitConnected(Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (streams.stream().anyMatch(s -> !s.connected) && System.nanoTime() < end) {
                Thread.sleep(100);
            }
        }

        /** Every console drops its connection at once, as a network outage would. */
        void dropAll() throws Exception {
            awayFromMicros = nowMicros();
            for (Stream stream : streams) {
                stream.drop();
            }
        }

        /** Every console reconnects with the id of the last frame it received. */
        void reconnectAll() throws Exception {
            awayUntilMicros = nowMicros();
            for (Stream stream : streams) {
                stream.connect(stream.lastId);
            }
        }

        long measuredDeliveries() {
            return streams.stream().mapToLong(s -> s.alarms.size()).sum();
        }

        long serverClosed() {
            return streams.stream().mapToLong(s -> s.serverClosed).sum();
        }

        long duplicates() {
            return streams.stream().mapToLong(s -> s.duplicates).sum();
        }

        long expectedDeliveries(Map<Long, Long> perHospital) {
            return streams.stream().mapToLong(s -> expected(s, perHospital)).sum();
        }

        /** Per kind: how many consoles missed frames, and what the first of them had. */
        Map<String, String> missingByKind(Map<Long, Long> perHospital) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, String> first = new LinkedHashMap<>();
            for (Stream stream : streams) {
                long expected = expected(stream, perHospital);
                if (stream.alarms.size() < expected) {
                    String kind = KINDS[stream.console.kind()];
                    counts.merge(kind, 1, Integer::sum);
                    first.putIfAbsent(kind, "had " + stream.alarms.size() + " of " + expected + ", frames after reconnecting "
                            + stream.framesAfterReconnect);
                }
            }
            Map<String, String> missing = new LinkedHashMap<>();
            counts.forEach((kind, count) -> missing.put(kind, count + " (the first " + first.get(kind) + ")"));
            return missing;
        }

        long consolesMissing(Map<Long, Long> perHospital) {
            return streams.stream().filter(s -> s.alarms.size() < expected(s, perHospital)).count();
        }

        private long expected(Stream stream, Map<Long, Long> perHospital) {
            return stream.console.hospitals().stream().mapToLong(h -> perHospital.getOrDefault(h, 0L)).sum();
        }

        private void loop(Selector selector) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
            byte[] bytes = new byte[256 * 1024];
            while (open) {
                try {
                    selector.select(200);
                    for (SelectionKey key : selector.selectedKeys()) {
                        Stream stream = (Stream) key.attachment();
                        buffer.clear();
                        int read;
                        try {
                            read = ((SocketChannel) key.channel()).read(buffer);
                        } catch (java.io.IOException gone) {
                            read = -1;
                        }
                        if (read < 0) {
                            key.cancel();
                            stream.closedByServer(key.channel());
                            continue;
                        }
                        buffer.flip();
                        buffer.get(bytes, 0, read);
                        stream.feed(bytes, read);
                        if (stream.ended) {
                            key.cancel();
                            stream.closedByServer(key.channel());
                        }
                    }
                    selector.selectedKeys().clear();
                } catch (java.io.IOException | java.nio.channels.ClosedSelectorException e) {
                    if (open) {
                        System.err.println("console selector: " + e);
                    }
                    return;
                }
            }
        }

        /** One console: its connection (replaced on reconnect), the frames it had, its last id. */
        final class Stream {
            final Console console;
            private final Selector selector;
            private SocketChannel channel;
            volatile boolean connected;
            volatile String lastId;
            final Set<Long> alarms = ConcurrentHashMap.newKeySet();
            volatile long duplicates;
            private long reconnectedAtMicros;
            volatile boolean reconnected;
            private boolean dropped;
            volatile long serverClosed;
            volatile long retries;
            private long connectedAtMicros;
            volatile long framesAfterReconnect;
            private boolean firstAfterReconnect;
            private boolean headers;
            private int headerMatch;
            private long chunkLeft;
            private long chunkSize;
            private int sizeDigits;
            /** The server ended the response (a keep-alive connection stays open): reconnect. */
            volatile boolean ended;
            private final StringBuilder line = new StringBuilder();
            private String frameId;

            Stream(Console console, Selector selector) {
                this.console = console;
                this.selector = selector;
            }

            synchronized void retryIfSilent(long now) throws Exception {
                if (!connected && channel != null && channel.isOpen() && now - connectedAtMicros > 3_000_000) {
                    retries++;
                    channel.close();
                    connect(lastId);
                }
            }

            synchronized void connect(String lastEventId) throws Exception {
                connected = false;
                connectedAtMicros = nowMicros();
                headers = true;
                ended = false;
                sizeDigits = 0;
                headerMatch = 0;
                chunkLeft = -1;
                chunkSize = 0;
                line.setLength(0);
                URI uri = URI.create(base);
                channel = SocketChannel.open(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()));
                String request = "GET /api/v1/alarms/stream HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAuthorization: Bearer "
                        + console.bearer() + "\r\nAccept: text/event-stream\r\n"
                        + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n";
                reconnectedAtMicros = nowMicros();
                firstAfterReconnect = lastEventId != null;
                reconnected = lastEventId != null;
                channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
                channel.configureBlocking(false);
                selector.wakeup();
                channel.register(selector, SelectionKey.OP_READ, this);
            }

            /** An abrupt end (RST, as a network failure looks to the server), not an orderly close. */
            synchronized void drop() throws Exception {
                dropped = true;
                connected = true; // away on purpose: not the watchdog's to reconnect
                channel.setOption(java.net.StandardSocketOptions.SO_LINGER, 0);
                channel.close();
            }

            /**
             * The server ended this console's current stream (not the outage's drop): reconnect at once
             * with the last id, as a browser's EventSource does.
             */
            synchronized void closedByServer(java.nio.channels.Channel closed) {
                if (closed != channel || !open || (dropped && !reconnected)) {
                    return;
                }
                serverClosed++;
                try {
                    channel.close();
                    connect(lastId);
                } catch (Exception e) {
                    System.err.println("console reconnect: " + e);
                }
            }

            synchronized void feed(byte[] bytes, int length) {
                long now = nowMicros();
                int i = 0;
                for (; i < length && headers; i++) {
                    byte b = bytes[i];
                    headerMatch = (b == (headerMatch % 2 == 0 ? '\r' : '\n')) ? headerMatch + 1 : (b == '\r' ? 1 : 0);
                    if (headerMatch == 4) {
                        headers = false;
                    }
                }
                while (i < length) {
                    if (chunkLeft < 0) {
                        byte b = bytes[i++];
                        int digit = Character.digit(b, 16);
                        if (digit >= 0) {
                            chunkSize = chunkSize * 16 + digit;
                            sizeDigits++;
                        } else if (b == '\n' && chunkSize > 0) {
                            chunkLeft = chunkSize;
                            chunkSize = 0;
                            sizeDigits = 0;
                        } else if (b == '\n' && sizeDigits > 0) { // "0": the server ended the response
                            sizeDigits = 0;
                            ended = true;
                            return;
                        }
                        continue;
                    }
                    int end = i + (int) Math.min(chunkLeft, length - i);
                    for (int k = i; k < end; k++) {
                        if (bytes[k] == '\n') {
                            line(line.toString(), now);
                            line.setLength(0);
                        } else {
                            line.append((char) (bytes[k] & 0xff));
                        }
                    }
                    chunkLeft -= end - i;
                    i = end;
                    if (chunkLeft == 0) {
                        chunkLeft = -1;
                    }
                }
            }

            /** Lines are read as Latin-1: only ASCII fields (ids, times, the change) are looked at. */
            private void line(String text, long now) {
                if (text.startsWith(":")) { // ":connected", ":heartbeat"
                    connected = true;
                } else if (text.startsWith("id:")) {
                    frameId = text.substring(3);
                } else if (text.startsWith("data:")) {
                    if (frameId != null) {
                        lastId = frameId;
                    }
                    if (reconnected) {
                        framesAfterReconnect++;
                    }
                    if (firstAfterReconnect) {
                        firstAfterReconnect = false;
                        catchUp.record(now - reconnectedAtMicros);
                    }
                    if (text.startsWith("data:{\"change\":\"RAISED\"")) {
                        raised(text, now);
                    }
                } else if (text.isEmpty()) {
                    frameId = null;
                }
            }

            private void raised(String text, long now) {
                long alarm = number(text, "\"alarm\":{\"id\":");
                long hospital = number(text, "\"hospitalId\":");
                int at = text.indexOf("\"occurredAt\":\"");
                if (at < 0) {
                    return;
                }
                long occurred = micros(Instant.parse(text.substring(at + 14, text.indexOf('"', at + 14))));
                if (!console.hospitals().contains(hospital)) {
                    outOfScope.incrementAndGet(0);
                    return;
                }
                if (occurred < measureFromMicros) {
                    return;
                }
                if (!alarms.add(alarm)) {
                    duplicates++;
                    return;
                }
                long latency = now - occurred;
                int raisedAt = text.indexOf("\"raisedAt\":\"");
                if (raisedAt > 0 && !(occurred >= awayFromMicros && occurred < awayUntilMicros)) {
                    long raised = micros(Instant.parse(text.substring(raisedAt + 12, text.indexOf('"', raisedAt + 12))));
                    toRaised.record(raised - occurred);
                    raisedToConsole.record(now - raised);
                }
                if (occurred >= awayFromMicros && occurred < awayUntilMicros) {
                    whileAway.record(latency); // delivered by the replay: late by the outage, reported on its own
                    return;
                }
                byKind[console.kind()].record(latency);
                all.record(latency);
                if (latency > 30_000) {
                    slowBySecond.incrementAndGet((int) Math.min(3599, (occurred - measureFromMicros) / 1_000_000));
                }
            }
        }

        @Override
        public void close() throws Exception {
            open = false;
            for (Thread thread : threads) {
                thread.join(2000);
            }
            for (Selector selector : selectors) {
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
                selector.close();
            }
        }
    }

    /** In which seconds the deliveries over 30 ms were published: a few seconds (pauses) or all along (a steady cost). */
    private static String slowSeconds(Streams streams) {
        java.util.List<long[]> seconds = new java.util.ArrayList<>();
        long slow = 0;
        for (int second = 0; second < streams.slowBySecond.length(); second++) {
            long count = streams.slowBySecond.get(second);
            if (count > 0) {
                seconds.add(new long[] {second, count});
                slow += count;
            }
        }
        seconds.sort((a, b) -> Long.compare(b[1], a[1]));
        StringBuilder top = new StringBuilder();
        long inTop = 0;
        for (int i = 0; i < Math.min(5, seconds.size()); i++) {
            top.append(i == 0 ? "" : ", ").append(String.format("%d s: %d", seconds.get(i)[0], seconds.get(i)[1]));
            inTop += seconds.get(i)[1];
        }
        return String.format("Deliveries over 30 ms: %d, published in %d different seconds of the measurement (from %s); "
                + "the five worst seconds hold %d of them (%s).%n%n", slow, seconds.size(),
                Instant.ofEpochSecond(0, streams.measureFromMicros * 1000), inTop, top);
    }

    private static long number(String text, String field) {
        int at = text.indexOf(field);
        if (at < 0) {
            return -1;
        }
        long value = 0;
        for (int k = at + field.length(); k < text.length() && Character.isDigit(text.charAt(k)); k++) {
            value = value * 10 + (text.charAt(k) - '0');
        }
        return value;
    }

    private Mqtt3AsyncClient client(String id) throws Exception {
        URI broker = URI.create(mqttUrl);
        Mqtt3AsyncClient client = MqttClient.builder().useMqttVersion3().identifier(id + "-" + System.nanoTime())
                .serverHost(broker.getHost()).serverPort(broker.getPort()).buildAsync();
        client.connect().get(10, TimeUnit.SECONDS);
        return client;
    }

    private long regionId(String bearer, String code) throws Exception {
        for (JsonNode region : get("/api/v1/regions", bearer)) {
            if (code.equals(region.get("code").asString())) {
                return region.get("id").asLong();
            }
        }
        throw new IllegalStateException("no region " + code);
    }

    private String token(String user, String password) throws Exception {
        return post("/api/v1/auth/token", null, "{\"username\":\"" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "\",\"password\":\"" + password + "\"}").get("accessToken").asString();
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

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }

    private static long nowMicros() {
        return micros(Instant.now());
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
