package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.safeward.simulator.DeviceSimulator;

/**
 * The chain of INC-1 … INC-6 as people live it: a simulated panic press in H001's emergency
 * department reaches the operator's console within 2 s; the operator acknowledges it, escalates
 * it to an incident and records the 110 call; the police see it and record their arrival; an
 * incident with one death shows the county the national report due in 12 h.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChainOfCommandBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;


    @Test
    void fromAPanicPressToTheCountysReportDeadline() throws Exception {
        Browser browser = chromium.browser();
        try (BrowserContext operatorContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext policeContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext countyContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page console = signIn(operatorContext, "operator");
            console.navigate(url("/console"));
            console.locator("#live-state.live").waitFor(new Locator.WaitForOptions().setTimeout(5000));

            java.time.Instant started = java.time.Instant.now();
            CompletableFuture<Long> simulator = CompletableFuture.supplyAsync(() -> {
                try {
                    return new DeviceSimulator(DeviceSimulator.Options.parse("--url=" + url(""), "--area=急诊抢救室",
                            "--devices=1", "--rate=10", "--panic-every=1", "--duration=2", "--transport=http")).run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long alarmId = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql("""
                            select max(a.id) from alarms a join devices d on d.id = a.device_id
                            join areas r on r.id = a.area_id
                            where d.code like 'SIM-%' and r.name = '急诊抢救室' and a.raised_at > :since""")
                            .param("since", Timestamp.from(started)).query(Long.class).optional().orElse(null),
                            java.util.Objects::nonNull);
            Locator alarm = console.locator("#alarm-" + alarmId + ".unacknowledged");
            alarm.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            java.time.Instant seen = java.time.Instant.now();
            Timestamp raised = jdbc.sql("select raised_at from alarms where id = :id").param("id", alarmId)
                    .query(Timestamp.class).single();
            assertThat(Duration.between(raised.toInstant(), seen)).as("press committed → shown on the console")
                    .isLessThan(Duration.ofSeconds(2));
            simulator.get();
            String device = jdbc.sql("select d.code from alarms a join devices d on d.id = a.device_id where a.id = :id")
                    .param("id", alarmId).query(String.class).single();

            alarm.locator("button.acknowledge").click();
            console.waitForURL(url("/console"));
            console.locator("article.alarm", new Page.LocatorOptions().setHasText(device)).first()
                    .locator("button.escalate").click();
            console.waitForURL("**/incidents/*");
            String incidentUrl = console.url();
            long incident = Long.parseLong(incidentUrl.substring(incidentUrl.lastIndexOf('/') + 1));

            console.locator("#partiesCount").fill("2");
            console.locator("#police-call-form input[value=THREATENING]").check();
            console.locator("#police-call-form button[type=submit]").click();
            console.waitForURL(incidentUrl);
            assertThat(console.locator("#police-record").textContent()).contains("威胁");

            Page police = signIn(policeContext, "police");
            police.navigate(url("/incidents"));
            police.locator("a[href='/incidents/" + incident + "']").click();
            police.locator("button.police-arrived").click();
            police.waitForURL(url("/incidents/" + incident));
            assertThat(police.locator("#police-record").textContent()).doesNotContain("民警到达\n\n");
            assertThat(jdbc.sql("select police_arrived_at from police_call_records where incident_id = :i")
                    .param("i", incident).query(Timestamp.class).single()).isNotNull();

            console.navigate(incidentUrl);
            console.locator("#consequences-section summary").click(); // folded while it holds nothing
            console.locator(".consequences-form input[name=deaths]").fill("1");
            console.locator(".consequences-form button[type=submit]").click();
            console.waitForURL(incidentUrl);

            Timestamp due = jdbc.sql("select due_at from escalation_reports where incident_id = :i and recipient = 'NATIONAL_HEALTH'")
                    .param("i", incident).query(Timestamp.class).single();
            Timestamp reported = jdbc.sql("select reported_at from incidents where id = :i").param("i", incident)
                    .query(Timestamp.class).single();
            assertThat(Duration.between(reported.toInstant(), due.toInstant())).isEqualTo(Duration.ofHours(12));
            String shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"))
                    .format(due.toInstant());

            Page county = signIn(countyContext, "county");
            county.navigate(url("/reports?state=PENDING"));
            Locator row = county.locator("tr.report-row", new Page.LocatorOptions().setHasText("国家卫生健康委"))
                    .filter(new Locator.FilterOptions().setHasText(shown));
            assertThat(row.count()).isEqualTo(1);
            assertThat(row.locator(".state").textContent()).contains("待上报");
        }
    }

    private Page signIn(BrowserContext context, String user) {
        return HeadlessChromium.signIn(context, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
