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

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.HeadlessChromium;
import com.safeward.Json;
import com.safeward.organizations.OrganizationDirectory;

/**
 * INC-1 end to end over real HTTP: a press reaches the SSE stream of integrators and the
 * monitoring console of H001's operator, who acknowledges and resets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlarmLiveTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired AlarmFollowUp followUp;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Launched by the first browser test: the stream tests run where Chromium is absent too. */
    private static com.microsoft.playwright.Browser browser() {
        return chromium.browser();
    }

    @Test
    void aPressReachesTheIntegratorStreamAsAnAlarmEvent() throws Exception {
        String device = registerEmergencyButton();
        try (Stream stream = new Stream(token("operator"))) {
            CompletableFuture<String> firstAlarm = stream.next("alarm");
            press(device, "sse-" + System.nanoTime());
            String data = firstAlarm.get(5, TimeUnit.SECONDS);
            assertThat((String) JsonPath.read(data, "$.change")).isEqualTo("RAISED");
            assertThat((String) JsonPath.read(data, "$.alarm.alarmType")).isEqualTo("PANIC");
            assertThat((String) JsonPath.read(data, "$.alarm.area")).isEqualTo("急诊抢救室");
        }
    }

    /**
     * INC-1: an alarm nobody acknowledged re-alerts the stream when the sweep finds it due (real
     * time here: the alarm's next check is moved to the past instead of waiting 30 s).
     */
    @Test
    void anUnacknowledgedAlarmReAlertsTheStream() throws Exception {
        String device = registerEmergencyButton();
        String operator = token("operator");
        press(device, "realert-" + System.nanoTime());
        int alarmId = openAlarmOf(device, operator);
        try (Stream stream = new Stream(operator)) {
            CompletableFuture<String> reAlert = stream.next("realert", data -> data.matches(".*[\\[,]" + alarmId + "[,\\]].*"));
            dueNowAndSwept(alarmId);
            String data = reAlert.get(10, TimeUnit.SECONDS);
            assertThat(JsonPath.<Integer>read(data, "$.hospitalId").longValue()).isEqualTo(directory.hospitalIdByCode("H001").orElseThrow());
        }
        java.sql.Timestamp next = jdbc.sql("select follow_up_at from alarms where id = :id").param("id", alarmId)
                .query(java.sql.Timestamp.class).single();
        assertThat(next.toInstant()).as("the next check, 30 s on").isAfter(java.time.Instant.now().plusSeconds(20));
    }

    /**
     * Makes the alarm's check due (as if 30 s had passed) and sweeps, in one transaction: no other
     * node's sweep sees it due first. In the integration profile the test contexts share one
     * database, so the recurring sweep may run in another context, whose streams are not this one's
     * (that the task itself runs is {@link AlarmFollowUpTests#theSweepRunsAsAPersistentTaskEverySecond}).
     */
    private void dueNowAndSwept(long alarmId) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update alarms set follow_up_at = :past where id = :id")
                    .param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)))
                    .param("id", alarmId).update();
            followUp.sweep();
        });
    }

    /** An SSE response read line by line; {@link #next} finds the data of the next event of a name. */
    private final class Stream implements AutoCloseable {
        private final HttpResponse<java.io.InputStream> response;
        private final BufferedReader lines;

        Stream(String bearer) throws Exception {
            response = http.send(HttpRequest.newBuilder(uri("/api/v1/alarms/stream"))
                    .header("Authorization", "Bearer " + bearer).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        }

        CompletableFuture<String> next(String event) {
            return next(event, data -> true);
        }

        CompletableFuture<String> next(String event, java.util.function.Predicate<String> matching) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    boolean named = false;
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("event:")) {
                            named = line.equals("event:" + event);
                        } else if (named && line.startsWith("data:") && matching.test(line.substring(5))) {
                            return line.substring(5);
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        @Override
        public void close() throws java.io.IOException {
            response.body().close();
        }
    }

    @Test
    void theOperatorsConsoleShowsAPressWithinTwoSecondsAndResetsIt() throws Exception {
        String device = registerEmergencyButton();
        try (BrowserContext context = browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = HeadlessChromium.signIn(context, url(""), "operator");
            page.navigate(url("/console"));
            page.locator("#live-state.live").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5000));

            press(device, "console-" + System.nanoTime());
            var alarm = page.locator("article.alarm.unacknowledged", new Page.LocatorOptions().setHasText(device));
            alarm.first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));
            assertThat(alarm.first().locator(".alarm-type").textContent()).isEqualTo("一键报警");
            assertThat(alarm.first().locator(".location").textContent()).contains("急诊楼 1F 急诊抢救室");

            // INC-1 re-alert: still unacknowledged when its check is due, the alarm flashes again.
            String articleId = alarm.first().getAttribute("id");
            page.evaluate("id => document.getElementById(id).classList.remove('new')", articleId);
            dueNowAndSwept(Long.parseLong(articleId.substring("alarm-".length())));
            page.locator("#" + articleId + ".new").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(10_000));

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

    /**
     * Several buttons pressed at once: every alarm shows and flashes, and the console reads the list
     * once at a time instead of once per alarm (answers arriving out of order could show an older list).
     */
    @Test
    void aBurstOfPressesShowsEveryAlarmFlashingFromFewerListReads() throws Exception {
        java.util.List<String> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            buttons.add(registerEmergencyButton());
        }
        try (BrowserContext context = browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = HeadlessChromium.signIn(context, url(""), "operator");
            page.navigate(url("/console"));
            page.locator("#live-state.live").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5000));
            java.util.concurrent.atomic.AtomicInteger listReads = new java.util.concurrent.atomic.AtomicInteger();
            page.onRequest(request -> {
                if (request.url().endsWith("/console/alarms")) {
                    listReads.incrementAndGet();
                }
            });

            CompletableFuture.allOf(buttons.stream().map(button -> CompletableFuture.runAsync(() -> {
                try {
                    press(button, "burst-" + System.nanoTime());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })).toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

            for (String button : buttons) {
                page.locator("article.alarm.unacknowledged.new", new Page.LocatorOptions().setHasText(button)).first()
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5000));
            }
            assertThat(listReads.get()).as("list reads for %d alarms", buttons.size()).isBetween(1, buttons.size() - 1);
        }
    }

    @Test
    void aDispatchedGuardSeesTheTaskOnThePhoneAndConfirmsArrival() throws Exception {
        String device = registerEmergencyButton();
        press(device, "guard-" + System.nanoTime());
        String operator = token("operator");
        int alarmId = openAlarmOf(device, operator);
        post("/api/v1/alarms/" + alarmId + "/dispatch", operator, Json.object("guard", "guard",
                "instructions", "立即前往"));

        try (BrowserContext context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
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

    /** The id of the device's open alarm, as the operator's alarm list shows it. */
    private int openAlarmOf(String device, String operator) throws Exception {
        String alarms = get("/api/v1/alarms?state=OPEN&size=200", operator);
        return JsonPath.<java.util.List<Integer>>read(alarms, "$.content[?(@.deviceCode == '" + device + "')].id").get(0);
    }

    private String registerEmergencyButton() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).stream().filter(c -> c.label().endsWith("急诊抢救室")).findFirst()
                .orElseThrow().id();
        String code = "ED-PB-" + System.nanoTime() % 1_000_000;
        String body = post("/api/v1/devices", token("security"), Json.object("hospitalId", h1, "areaId", area,
                "code", code, "name", "急诊抢救室一键报警", "deviceType", "PANIC_BUTTON"));
        devices.put(code, JsonPath.read(body, "$.token"));
        return code;
    }

    private final java.util.Map<String, String> devices = new java.util.concurrent.ConcurrentHashMap<>();

    private void press(String device, String eventId) throws Exception {
        post("/api/v1/device-events", devices.get(device), Json.object("eventId", eventId, "type", "PANIC",
                "occurredAt", "2026-11-23T08:00:00Z"));
    }

    private String token(String user) throws Exception {
        return JsonPath.read(post("/api/v1/auth/token", null, Json.object("username", user, "password", "demo")),
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
