package com.safeward.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.HeadlessChromium;
import com.safeward.Json;
import com.safeward.LiveApi;
import com.safeward.SseClient;
import com.safeward.organizations.OrganizationDirectory;

/**
 * TEC-7, INC-1: the police of the station a hospital is assigned to see its panic and intrusion
 * alarms live, with what the hospital did, and record that they dispatched officers, which the
 * hospital sees live; regulators watch the same, read-only and silent by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoliceConsoleTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;
    private LiveApi api;

    @BeforeEach
    void api() {
        api = new LiveApi(port, directory);
    }

    @Test
    void thePoliceStreamCarriesTheirHospitalsPanicAlarmsButNotTheSecurityDepartmentsOwn() throws Exception {
        String device = api.registerEmergencyButton("H001");
        try (SseClient police = api.alarmStream("police", null);
                SseClient county = api.alarmStream("county", null);
                SseClient operator = api.alarmStream("operator", null)) {
            api.send(device, "TAMPER");
            api.send(device, "PANIC");
            assertThat(operator.collect(frame -> raised(frame, device), 2, WAIT)).as("the hospital's console: both")
                    .extracting(frame -> JsonPath.<String>read(frame.data(), "$.alarm.alarmType"))
                    .containsExactlyInAnyOrder("TAMPER", "PANIC");
            assertThat(police.collect(frame -> raised(frame, device), 2, Duration.ofSeconds(3)))
                    .as("the police: the panic only, with the exact place")
                    .singleElement().satisfies(frame -> {
                        assertThat(JsonPath.<String>read(frame.data(), "$.alarm.alarmType")).isEqualTo("PANIC");
                        assertThat(JsonPath.<String>read(frame.data(), "$.alarm.location")).contains("急诊抢救室");
                    });
            assertThat(county.next(frame -> raised(frame, device), WAIT)).as("the county regulator").isNotNull();
        }
        int tamper = JsonPath.<java.util.List<Integer>>read(api.get("/api/v1/alarms?state=OPEN&size=200",
                api.token("operator")).body(), "$.content[?(@.deviceCode == '" + device + "' && @.alarmType == 'TAMPER')].id")
                .get(0);
        assertThat(api.openAlarmsOf(device, "police")).as("the police list").hasSize(1);
        assertThat(api.get("/api/v1/alarms/" + tamper, api.token("police")).statusCode()).isEqualTo(404);
    }

    @Test
    void thePoliceRecordOfficersDispatchedAndTheHospitalSeesItLive() throws Exception {
        String device = api.registerEmergencyButton("H001");
        api.send(device, "PANIC");
        int alarm = api.openAlarmsOf(device, "operator").get(0);
        try (SseClient operator = api.alarmStream("operator", null)) {
            var recorded = api.post("/api/v1/alarms/" + alarm + "/police-dispatched", api.token("police"),
                    Json.object("note", "两名民警，约 5 分钟到达"));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
            SseClient.Frame frame = operator.next(f -> f.data().contains("\"change\":\"POLICE_DISPATCHED\"")
                    && f.data().contains("\"id\":" + alarm + ","), WAIT);
            assertThat(frame).as("the hospital's console hears of it").isNotNull();
            assertThat(JsonPath.<String>read(frame.data(), "$.alarm.policeDispatchedBy")).isEqualTo("police");
            assertThat(frame.data()).contains("两名民警");
        }
        assertThat(api.post("/api/v1/alarms/" + alarm + "/acknowledge", api.token("police"), null).statusCode())
                .as("the police do not acknowledge for the hospital").isEqualTo(403);
        assertThat(api.post("/api/v1/alarms/" + alarm + "/police-dispatched", api.token("operator"), null).statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/alarms/" + alarm + "/police-dispatched", api.token("county"), null).statusCode())
                .as("regulators only watch").isEqualTo(403);
    }

    @Test
    void anotherStationsOrRegionsAlarmIsNotFound() {
        String device = api.registerEmergencyButton("H002");
        api.send(device, "PANIC");
        int alarm = api.openAlarmsOf(device, "security2").get(0);
        assertThat(api.post("/api/v1/alarms/" + alarm + "/police-dispatched", api.token("police"), null).statusCode())
                .as("H002 is the 二七 station's").isEqualTo(404);
        assertThat(api.get("/api/v1/alarms/" + alarm, api.token("county")).statusCode())
                .as("H002 is not in 中原区").isEqualTo(404);
        assertThat(api.get("/api/v1/alarms/" + alarm, api.token("city")).statusCode()).isEqualTo(200);
    }

    /** An action on another hospital's alarm answers 404 whatever its body: a 400 would say the alarm exists. */
    @Test
    void anActionOutsideTheScopeIsNotFoundBeforeItsBodyIsLookedAt() {
        String device = api.registerEmergencyButton("H001");
        api.send(device, "PANIC");
        int alarm = api.openAlarmsOf(device, "operator").get(0);
        assertThat(api.post("/api/v1/alarms/" + alarm + "/dispatch", api.token("security2"), "{}").statusCode())
                .isEqualTo(404);
        var invalid = api.post("/api/v1/alarms/" + alarm + "/dispatch", api.token("operator"), "{}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"guard\"");
    }

    /** INC-4: escalating twice opens one incident, and the alarm links to it. */
    @Test
    void escalatingAnAlarmTwiceOpensTheSameIncident() {
        String device = api.registerEmergencyButton("H001");
        api.send(device, "PANIC");
        int alarm = api.openAlarmsOf(device, "operator").get(0);
        String operator = api.token("operator");
        int first = JsonPath.read(api.post("/api/v1/alarms/" + alarm + "/incident", operator, "{}").body(), "$.incidentId");
        int second = JsonPath.read(api.post("/api/v1/alarms/" + alarm + "/incident", operator, "{}").body(), "$.incidentId");
        assertThat(second).isEqualTo(first);
        assertThat(JsonPath.<Integer>read(api.get("/api/v1/alarms/" + alarm, operator).body(), "$.incidentId"))
                .isEqualTo(first);
        String incident = api.get("/api/v1/incidents/" + first, operator).body();
        assertThat(JsonPath.<java.util.List<String>>read(incident, "$.trail[*].action"))
                .as("the incident's timeline starts with the alarm's steps").startsWith("RAISED").contains("REPORTED");
    }

    /**
     * Done means: the police have the console open; a press in H001 appears there with sound (how
     * fast is the benchmark's figure); the hospital's acknowledgement appears there; the police record officers dispatched and
     * the hospital's console shows it. A regulator's console shows the alarm without sound.
     */
    @Test
    void thePoliceConsoleFollowsAPressAndTheHospitalSeesThePoliceComing() {
        String device = api.registerEmergencyButton("H001");
        var browser = chromium.browser();
        try (BrowserContext policeContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext operatorContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext countyContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page police = open(policeContext, "police");
            Page operator = open(operatorContext, "operator");
            Page county = open(countyContext, "county");

            api.send(device, "PANIC");
            Locator onPolice = police.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first();
            onPolice.waitFor(new Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));
            assertThat(police.locator("#console").getAttribute("data-last-sound")).as("the police console sounds").isNotNull();
            assertThat(onPolice.locator(".location").textContent()).contains("急诊抢救室");
            assertThat(onPolice.locator(".state-unacknowledged").isVisible()).isTrue();
            assertThat(onPolice.locator("button.acknowledge").count()).as("the police do not acknowledge").isZero();

            Locator onCounty = county.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first();
            onCounty.waitFor(new Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));
            assertThat(county.locator("#console").getAttribute("data-last-sound")).as("regulators: no sound by default").isNull();
            assertThat(onCounty.locator("form").count()).as("regulators only watch").isZero();

            Locator onOperator = operator.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first();
            onOperator.waitFor(new Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));
            onOperator.locator("button.acknowledge").click();
            police.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first()
                    .locator(".state-acknowledged").waitFor(new Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));

            Locator toRecord = police.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first();
            toRecord.locator("input[name=note]").fill("两名民警前往");
            toRecord.locator("button.police-dispatch").click();
            police.waitForURL(api.url("/console"));
            operator.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first()
                    .locator(".state-police").waitFor(new Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));
            assertThat(operator.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first()
                    .locator(".badge.police").textContent()).isEqualTo("已出警");
        }
    }

    private Page open(BrowserContext context, String user) {
        Page page = HeadlessChromium.signIn(context, api.url(""), user);
        page.navigate(api.url("/console"));
        page.locator("#live-state.live").waitFor(new Locator.WaitForOptions().setTimeout(5000));
        return page;
    }

    private static boolean raised(SseClient.Frame frame, String device) {
        return frame.event().equals("alarm") && frame.data().contains("\"change\":\"RAISED\"")
                && frame.data().contains("\"deviceCode\":\"" + device + "\"");
    }
}
