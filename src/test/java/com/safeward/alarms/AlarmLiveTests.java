package com.safeward.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.safeward.HeadlessChromium;
import com.safeward.organizations.OrganizationDirectory;

/**
 * INC-1 end to end over real HTTP: a press reaches the SSE stream of integrators and the
 * monitoring console of H001's operator, who acknowledges and resets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlarmLiveTests {

    private static HeadlessChromium chromium;

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aPressReachesTheIntegratorStreamAsAnAlarmEvent() throws Exception {
        String token = token("operator");
        String device = registerEmergencyButton();
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(uri("/api/v1/alarms/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstAlarm = CompletableFuture.supplyAsync(() -> {
            try {
                boolean alarmEvent = false;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.equals("event:alarm")) {
                        alarmEvent = true;
                    } else if (alarmEvent && line.startsWith("data:")) {
                        return line.substring(5);
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        press(device, "sse-" + System.nanoTime());
        String data = firstAlarm.get(5, TimeUnit.SECONDS);
        assertThat((String) JsonPath.read(data, "$.change")).isEqualTo("RAISED");
        assertThat((String) JsonPath.read(data, "$.alarm.alarmType")).isEqualTo("PANIC");
        assertThat((String) JsonPath.read(data, "$.alarm.area")).isEqualTo("急诊抢救室");
        stream.body().close();
    }

    @Test
    void theOperatorsConsoleShowsAPressWithinTwoSecondsAndResetsIt() throws Exception {
        String device = registerEmergencyButton();
        try (BrowserContext context = chromium.browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = HeadlessChromium.signIn(context, url(""), "operator");
            page.navigate(url("/console"));
            page.locator("#live-state.live").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5000));

            press(device, "console-" + System.nanoTime());
            var alarm = page.locator("article.alarm.unacknowledged", new Page.LocatorOptions().setHasText(device));
            alarm.first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(2000));
            assertThat(alarm.first().locator(".alarm-type").textContent()).isEqualTo("一键报警");
            assertThat(alarm.first().locator(".location").textContent()).contains("急诊楼 1F 急诊抢救室");

            alarm.first().locator("button.acknowledge").click();
            page.waitForURL(url("/console"));
            var acknowledged = page.locator("article.alarm.acknowledged", new Page.LocatorOptions().setHasText(device));
            acknowledged.first().locator("input[name=note]").fill("已到场处置");
            acknowledged.first().locator(".clear-form button").click();
            page.waitForURL(url("/console"));
            page.locator("article.alarm", new Page.LocatorOptions().setHasText(device))
                    .first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                            .setState(WaitForSelectorState.DETACHED).setTimeout(5000));
        }
    }

    @Test
    void aDispatchedGuardSeesTheTaskOnThePhoneAndConfirmsArrival() throws Exception {
        String device = registerEmergencyButton();
        press(device, "guard-" + System.nanoTime());
        String operator = token("operator");
        String alarms = get("/api/v1/alarms?state=OPEN&size=200", operator);
        int alarmId = JsonPath.<java.util.List<Integer>>read(alarms, "$.content[?(@.deviceCode == '" + device + "')].id").get(0);
        post("/api/v1/alarms/" + alarmId + "/dispatch", operator, "{\"guard\":\"guard\",\"instructions\":\"立即前往\"}");

        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page phone = HeadlessChromium.signIn(context, url(""), "guard");
            phone.navigate(url("/my-tasks"));
            var task = phone.locator("article.task", new Page.LocatorOptions().setHasText("立即前往"));
            assertThat(task.first().locator(".location").textContent()).isEqualTo("急诊楼 1F 急诊抢救室");
            task.first().locator("button.task-acknowledge").click();
            phone.waitForURL(url("/my-tasks"));
            phone.locator("article.task", new Page.LocatorOptions().setHasText("立即前往")).first()
                    .locator("button.task-arrived").click();
            phone.waitForURL(url("/my-tasks"));
        }
        assertThat(get("/api/v1/alarms/" + alarmId, operator)).contains("GUARD_ARRIVED");
    }

    private String get(String path, String bearer) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String registerEmergencyButton() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).stream().filter(c -> c.label().endsWith("急诊抢救室")).findFirst()
                .orElseThrow().id();
        String code = "ED-PB-" + System.nanoTime() % 1_000_000;
        String body = post("/api/v1/devices", token("security"), "{\"hospitalId\":" + h1 + ",\"areaId\":" + area
                + ",\"code\":\"" + code + "\",\"name\":\"急诊抢救室一键报警\",\"deviceType\":\"PANIC_BUTTON\"}");
        devices.put(code, JsonPath.read(body, "$.token"));
        return code;
    }

    private final java.util.Map<String, String> devices = new java.util.concurrent.ConcurrentHashMap<>();

    private void press(String device, String eventId) throws Exception {
        post("/api/v1/device-events", devices.get(device), "{\"eventId\":\"" + eventId
                + "\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}");
    }

    private String token(String user) throws Exception {
        return JsonPath.read(post("/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"demo\"}"),
                "$.accessToken");
    }

    private String post(String path, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(300);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
