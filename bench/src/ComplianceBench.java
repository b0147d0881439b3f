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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compliance at a province's size (issue 15, SUP-4): BENCH_COMPLIANCE_HOSPITALS (2,000) hospitals in
 * 4 cities of 5 counties, entered through the API (hospital, a guard room with a panic button, an
 * emergency room without one), and a year of records each written straight into PostgreSQL: 100
 * alarms, 6 incidents with their escalation reports (5% late), 200 screenings, 4 signed-off
 * self-checks with their answers, 10 rectification items. Then, in one run:
 *   - full re-evaluation of every rule for every hospital (POST /api/v1/compliance/evaluations), 3 times;
 *   - incremental: a media plan saved for one hospital (PUT, committed when it answers) until its INC-8
 *     status reads PASS in the database, for 20 hospitals;
 *   - the province's overview (GET /api/v1/compliance/hospitals: its first page, the 50 worst, and all
 *     hospitals in one page) and the region roll-up, each by 20 concurrent regulators for
 *     BENCH_COMPLIANCE_SECONDS (20);
 *   - the baseline: a plain count(*) … group by hospital_id over the same tables the rules read.
 * Targets: full ≤ 10 s, incremental ≤ 50 ms, overview p95 ≤ 200 ms. Arguments: base URL, JDBC URL.
 */
public class ComplianceBench {

    static final int CITIES = 4;
    static final int COUNTIES_PER_CITY = 5;
    static final int REGULATORS = 20;
    static final String PASSWORD = "bench-password-2026";

    final String base;
    final String jdbcUrl;
    final int hospitalCount = env("BENCH_COMPLIANCE_HOSPITALS", 2000);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final JsonMapper json = JsonMapper.builder().build();
    final List<Long> hospitals = new ArrayList<>();

    ComplianceBench(String base, String jdbcUrl) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        new ComplianceBench(args[0], args[1]).run();
    }

    void run() throws Exception {
        if (System.getenv("BENCH_COMPLIANCE_READS_ONLY") != null) { // against a node already set up: the reads again
            String province = token("province", "demo");
            long region = regionId(province, "410000");
            System.out.print(row("overview", concurrently(province, "/api/v1/compliance/hospitals"), "p95 ≤ 200")
                    + row("overview, all", concurrently(province, "/api/v1/compliance/hospitals?size=2000"), "—")
                    + row("roll-up", concurrently(province, "/api/v1/compliance/regions/" + region), "p95 ≤ 200"));
            return;
        }
        String admin = token("admin", "demo");
        long started = System.nanoTime();
        setUp(admin);
        double setUpSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        long rows = seedYear();
        double seedSeconds = (System.nanoTime() - started) / 1e9;

        List<Double> full = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            changed = post("/api/v1/compliance/evaluations", admin, "").get("changed").asInt();
            full.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            baseline.add(groupByBaseline());
        }
        List<Double> incremental = incremental(admin);
        String province = token("province", "demo");
        long provinceRegion = regionId(province, "410000");
        List<Double> overview = concurrently(province, "/api/v1/compliance/hospitals");
        List<Double> everyHospital = concurrently(province, "/api/v1/compliance/hospitals?size=2000");
        List<Double> rollup = concurrently(province, "/api/v1/compliance/regions/" + provinceRegion);

        StringBuilder out = new StringBuilder();
        out.append("\n## Compliance at a province's size (issue 15, SUP-4)\n\n");
        out.append(String.format("%,d hospitals (+ the demo's), entered through the API in %.0f s; a year of records "
                + "(%,d rows) written in %.0f s.%n%n", hospitalCount, setUpSeconds, rows, seedSeconds));
        out.append("| measure | p50 | p95 | max | target |\n|---|---|---|---|---|\n");
        out.append(row("full re-evaluation, every rule × every hospital (ms, 3 runs)", full, "≤ 10,000"));
        out.append(row("baseline: count(*) group by hospital over the same tables (ms, 3 runs)", baseline, "—"));
        out.append(row("incremental: media plan saved → INC-8 re-evaluated (ms, 20 hospitals)", incremental, "≤ 50"));
        out.append(row("province overview API (first page, 50 worst), 20 concurrent regulators (ms)", overview,
                "p95 ≤ 200"));
        out.append(row("province overview API, all 2,003 hospitals in one page (ms)", everyHospital, "—"));
        out.append(row("province roll-up API, 20 concurrent regulators (ms)", rollup, "p95 ≤ 200"));
        out.append(String.format("%nStatuses changed by the last full run: %d (the first run judges everything).%n",
                changed));
        System.out.print(out);
    }

    /** 4 cities × 5 counties × hospitals, each with a guard room holding a panic button and an emergency room without one. */
    void setUp(String admin) throws Exception {
        long province = regionId(admin, "410000");
        int perCounty = (int) Math.ceil(hospitalCount / (double) (CITIES * COUNTIES_PER_CITY));
        int h = 0;
        for (int c = 0; c < CITIES && h < hospitalCount; c++) {
            long city = post("/api/v1/regions", admin, "{\"code\":\"48" + (c + 1) + "000\",\"name\":\"合规压测市" + (c + 1)
                    + "\",\"parentId\":" + province + "}").get("id").asLong();
            for (int k = 0; k < COUNTIES_PER_CITY && h < hospitalCount; k++) {
                long county = post("/api/v1/regions", admin, "{\"code\":\"48" + (c + 1) + "0" + (k + 1) + "0\",\"name\":"
                        + "\"合规压测县" + (c + 1) + "-" + (k + 1) + "\",\"parentId\":" + city + "}").get("id").asLong();
                for (int i = 0; i < perCounty && h < hospitalCount; i++, h++) {
                    long hospital = post("/api/v1/hospitals", admin, "{\"code\":\"CH" + h + "\",\"name\":\"合规压测医院" + h
                            + "\",\"regionId\":" + county + ",\"category\":\"GENERAL\",\"gradeLevel\":\""
                            + (h % 3 == 0 ? "LEVEL_3" : "LEVEL_2") + "\",\"openBeds\":" + (200 + h % 800)
                            + ",\"dailyOutpatients\":" + (1000 + h % 6000) + ",\"onDutyMedicalStaff\":" + (300 + h % 900) + "}")
                            .get("id").asLong();
                    long guardRoom = post("/api/v1/areas", admin, "{\"hospitalId\":" + hospital + ",\"building\":\"门诊楼\","
                            + "\"floor\":\"1F\",\"name\":\"门卫室\",\"areaType\":\"GUARD_ROOM\"}").get("id").asLong();
                    post("/api/v1/areas", admin, "{\"hospitalId\":" + hospital + ",\"building\":\"急诊楼\","
                            + "\"floor\":\"1F\",\"name\":\"抢救室\",\"areaType\":\"EMERGENCY\"}");
                    post("/api/v1/devices", admin, "{\"hospitalId\":" + hospital + ",\"areaId\":" + guardRoom + ",\"code\":\"CPB"
                            + h + "\",\"name\":\"一键报警\",\"deviceType\":\"PANIC_BUTTON\"}");
                    hospitals.add(hospital);
                }
            }
        }
    }

    /** A year of each hospital's records, as the modules would have kept them. */
    long seedYear() throws Exception {
        long rows = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            db.setAutoCommit(true);
            try (Statement sql = db.createStatement()) {
                String bench = "h.code like 'CH%'";
                rows += sql.executeUpdate("insert into departments (hospital_id, code, name, kind, created_at, updated_at) "
                        + "select h.id, 'SEC', '保卫科', 'SECURITY', now(), now() from hospitals h where " + bench);
                rows += sql.executeUpdate("""
                        with ev as (
                          insert into device_events (device_id, hospital_id, event_id, event_type, occurred_at, received_at, transport)
                          select d.id, d.hospital_id, 'bench-' || g, 'PANIC', now() - g * interval '87 hours',
                                 now() - g * interval '87 hours', 'MQTT'
                          from devices d join hospitals h on h.id = d.hospital_id cross join generate_series(1, 100) g
                          where h.code like 'CH%'
                          returning id, device_id, hospital_id, occurred_at)
                        insert into alarms (hospital_id, area_id, device_id, device_event_id, alarm_type, severity, latched,
                                            occurred_at, raised_at, acknowledged_at, acknowledged_by, cleared_at, cleared_by)
                        select ev.hospital_id, d.area_id, ev.device_id, ev.id, 'PANIC', 'CRITICAL', false, ev.occurred_at,
                               ev.occurred_at, ev.occurred_at + (5 + floor(random() * 90)) * interval '1 second', 'bench',
                               ev.occurred_at + interval '1 hour', 'bench'
                        from ev join devices d on d.id = ev.device_id""") * 2L;
                rows += sql.executeUpdate("""
                        insert into incidents (hospital_id, area_id, incident_type, status, reported_by, reported_at)
                        select h.id, (select min(a.id) from areas a where a.hospital_id = h.id), 'INSULT', 'CLOSED',
                               'bench', now() - g * interval '60 days'
                        from hospitals h cross join generate_series(1, 6) g where h.code like 'CH%'""");
                rows += sql.executeUpdate("""
                        insert into escalation_reports (incident_id, hospital_id, rule, recipient, due_at, content,
                                                        submitted_at, submitted_by, overdue_at)
                        select i.id, i.hospital_id, 'bench', 'COUNTY_HEALTH', i.reported_at + interval '1 hour', '{}',
                               case when i.id % 20 = 0 then null else i.reported_at + interval '40 minutes' end, 'bench',
                               case when i.id % 20 = 0 then i.reported_at + interval '1 hour' else null end
                        from incidents i where i.reported_by = 'bench'""");
                rows += sql.executeUpdate("""
                        insert into screenings (hospital_id, context, document_type, document_masked, name_masked, outcome,
                                                source, screened_at)
                        select h.id, case when g % 4 = 0 then 'VISITOR_CHECKIN' else 'REGISTRATION' end, 'ID_CARD',
                               '410*************12', '张*', 'NONE', 'bench', now() - g * interval '43 hours'
                        from hospitals h cross join generate_series(1, 200) g where h.code like 'CH%'""");
                rows += sql.executeUpdate("""
                        insert into inspections (hospital_id, template_id, kind, status, conducted_by, started_at, submitted_at,
                                                 compliant_count, finding_count)
                        select h.id, (select min(t.id) from checklist_templates t where t.code = 'SAFE_HOSPITAL'), 'SELF_CHECK',
                               'SUBMITTED', 'bench', now() - g * interval '90 days', now() - g * interval '90 days' + interval '2 hours',
                               16, 2
                        from hospitals h cross join generate_series(1, 4) g where h.code like 'CH%'""");
                rows += sql.executeUpdate("""
                        insert into inspection_items (inspection_id, position, section, question, answer_type, expected,
                                                      photo_required, requirement_id, severity, answer, outcome)
                        select i.id, ci.position, ci.section, ci.question, ci.answer_type, ci.expected, ci.photo_required,
                               ci.requirement_id, ci.severity, 'yes',
                               case when (i.id + ci.position) % 9 = 0 then 'FINDING' else 'COMPLIANT' end
                        from inspections i join checklist_items ci on ci.template_id = i.template_id
                        where i.conducted_by = 'bench'""");
                rows += sql.executeUpdate("""
                        insert into rectifications (hospital_id, source, raised_by, problem, severity, owner_department_id,
                                                    due_at, status, created_at, updated_at, closed_at, overdue_at)
                        select h.id, 'SELF_CHECK', 'bench', '消防通道堆放杂物', 'MINOR', d.id,
                               now() - g * interval '30 days' + interval '7 days',
                               case when g = 1 then 'OPEN' else 'CLOSED' end, now() - g * interval '30 days', now(),
                               case when g = 1 then null else now() - g * interval '30 days' + interval '3 days' end,
                               case when g = 1 and h.id % 10 = 0 then now() else null end
                        from hospitals h join departments d on d.hospital_id = h.id and d.code = 'SEC'
                        cross join generate_series(1, 10) g where h.code like 'CH%'""");
                sql.execute("analyze");
            }
        }
        return rows;
    }

    /** What the rules read, counted per hospital the plainest way: the floor under a full evaluation. */
    double groupByBaseline() throws Exception {
        long t = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement sql = db.createStatement()) {
            for (String table : List.of("alarms", "escalation_reports", "screenings", "incidents", "rectifications",
                    "inspections", "devices", "areas", "watchlist_persons", "inpatients", "media_plans")) {
                try (ResultSet rs = sql.executeQuery("select hospital_id, count(*) from " + table + " group by hospital_id")) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    /** A media plan saved by the hospital's security officer (committed when the PUT answers) → its INC-8 reads PASS. */
    List<Double> incremental(String admin) throws Exception {
        List<Double> latencies = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement status = db.prepareStatement("select status from compliance_statuses "
                        + "where hospital_id = ? and requirement_id = 'INC-8'")) {
            for (int i = 0; i < 20; i++) {
                long hospital = hospitals.get(i * (hospitals.size() / 20));
                String officer = "bench-sec-" + hospital;
                post("/api/v1/users", admin, "{\"username\":\"" + officer + "\",\"displayName\":\"" + officer
                        + "\",\"role\":\"SECURITY_OFFICER\",\"hospitalId\":" + hospital + ",\"password\":\"" + PASSWORD
                        + "\"}");
                String security = token(officer, PASSWORD);
                String plan = "{\"contactName\":\"宣传科 王科长\",\"contactTitle\":\"宣传科科长\",\"contactPhone\":\"0371-6666"
                        + String.format("%04d", i) + "\",\"plan\":\"重大案件发生后 1 小时内发布情况通报\",\"reviewedOn\":\""
                        + LocalDate.now() + "\"}";
                send(HttpRequest.newBuilder(URI.create(base + "/api/v1/hospitals/" + hospital + "/media-plan"))
                        .header("Authorization", "Bearer " + security).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(plan)));
                long committed = System.nanoTime();
                long deadline = committed + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline) {
                    status.setLong(1, hospital);
                    try (ResultSet rs = status.executeQuery()) {
                        if (rs.next() && "PASS".equals(rs.getString(1))) {
                            latencies.add((System.nanoTime() - committed) / 1e6);
                            break;
                        }
                    }
                }
            }
        }
        return latencies;
    }

    /** REGULATORS clients asking for the same page back to back for BENCH_COMPLIANCE_SECONDS, after a warm-up. */
    List<Double> concurrently(String bearer, String path) throws Exception {
        int seconds = env("BENCH_COMPLIANCE_SECONDS", 20);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                .GET().build();
        for (int i = 0; i < 20; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(REGULATORS);
        for (int c = 0; c < REGULATORS; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                    latencies.add((System.nanoTime() - t) / 1e6);
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return new ArrayList<>(latencies);
    }

    static String row(String name, List<Double> values, String target) {
        if (values.isEmpty()) {
            return "| " + name + " | — | — | — | " + target + " |\n";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("| %s (n=%d) | %.1f | %.1f | %.1f | %s |%n", name, sorted.size(), percentile(sorted, 0.5),
                percentile(sorted, 0.95), sorted.get(sorted.size() - 1), target);
    }

    static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
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
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
