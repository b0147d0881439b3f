package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import com.safeward.organizations.OrganizationDirectory;

/**
 * The API over real HTTP, as the live-stream tests need it (a running server, not MockMvc): demo
 * tokens, emergency buttons registered by the security officer, presses as the device sends them.
 */
public final class LiveApi {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;
    private final OrganizationDirectory directory;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> deviceTokens = new ConcurrentHashMap<>();

    public LiveApi(int port, OrganizationDirectory directory) {
        this.port = port;
        this.directory = directory;
    }

    public HttpClient http() {
        return http;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A demo user's access token (password "demo"), asked once per test class. */
    public String token(String user) {
        return tokens.computeIfAbsent(user, u -> JsonPath.read(post("/api/v1/auth/token", null,
                Json.object("username", u, "password", "demo")).body(), "$.accessToken"));
    }

    /** A panic button in the hospital's emergency resuscitation room (H001) or first area; its code. */
    public String registerEmergencyButton(String hospitalCode) {
        long hospital = directory.hospitalIdByCode(hospitalCode).orElseThrow();
        var areas = directory.areaChoices(hospital);
        long area = areas.stream().filter(c -> c.label().endsWith("急诊抢救室")).findFirst().orElse(areas.get(0)).id();
        String code = "PB-" + hospitalCode + "-" + System.nanoTime() % 10_000_000;
        String security = hospitalCode.equals("H002") ? "security2" : "security";
        HttpResponse<String> registered = post("/api/v1/devices", token(security), Json.object("hospitalId", hospital,
                "areaId", area, "code", code, "name", "一键报警 " + code, "deviceType", "PANIC_BUTTON"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        deviceTokens.put(code, JsonPath.read(registered.body(), "$.token"));
        return code;
    }

    /** The device sends an event of this type (PANIC, TAMPER, …); answers once it was committed. */
    public void send(String device, String type) {
        HttpResponse<String> sent = post("/api/v1/device-events", deviceTokens.get(device), Json.object("eventId",
                type + "-" + System.nanoTime(), "type", type, "occurredAt", "2026-11-23T08:00:00Z"));
        assertThat(sent.statusCode()).as(sent.body()).isLessThan(300);
    }

    /** The ids of the device's open alarms, newest first, as the user's alarm list shows them. */
    public List<Integer> openAlarmsOf(String device, String user) {
        String alarms = get("/api/v1/alarms?state=OPEN&size=200", token(user)).body();
        return JsonPath.read(alarms, "$.content[?(@.deviceCode == '" + device + "')].id");
    }

    public HttpResponse<String> get(String path, String bearer) {
        return exchange(HttpRequest.newBuilder(URI.create(url(path))).GET(), bearer);
    }

    public HttpResponse<String> post(String path, String bearer, String json) {
        return exchange(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), bearer);
    }

    /** The user's alarm stream (SSE), from after {@code lastEventId} when given. */
    public SseClient alarmStream(String user, String lastEventId) throws Exception {
        return new SseClient(http, url("/api/v1/alarms/stream"), token(user), lastEventId);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String bearer) {
        request.timeout(Duration.ofSeconds(10));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
