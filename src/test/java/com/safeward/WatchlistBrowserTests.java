package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
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

import com.safeward.personaldata.ChineseIdNumber;

/**
 * WL-1 … WL-3, WL-5 as people live them: security lists a person who threatened staff; the
 * hospital information system screens a registration with that ID; H001's emergency department
 * is warned; security sends a guard to escort, and the guard acknowledges on the phone; the
 * police of the station see the match.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WatchlistBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();


    @Test
    void aListedPersonRegisteringIsEscortedAndThePoliceSeeIt() throws Exception {
        String first17 = "41010219791111" + String.format("%03d", System.nanoTime() % 1000);
        String idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
        Browser browser = chromium.browser();
        try (BrowserContext securityContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext doctorContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext guardContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext policeContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
                BrowserContext operatorContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page console = HeadlessChromium.signIn(operatorContext, url(""), "operator");
            console.navigate(url("/console"));
            console.locator("#live-state.live").waitFor(new Locator.WaitForOptions().setTimeout(5000));
            // security proposes the listing, is told a field is wrong, fixes it, and approves it
            Page security = HeadlessChromium.signIn(securityContext, url(""), "security");
            security.navigate(url("/watchlist/new"));
            security.locator("#name").fill("陈大勇");
            security.locator("#documentNumber").fill(idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1"));
            security.locator("#category").selectOption("THREATS_TO_HARM_STAFF");
            security.locator("#riskLevel").selectOption("HIGH");
            security.locator("#reasons").fill("在急诊科扬言要报复接诊医生");
            security.locator("#validUntil").fill(LocalDate.now().plusYears(1).toString());
            security.locator("#listing-form button[type=submit]").click();
            assertThat(security.locator("#documentNumber + .field-error").textContent()).isNotBlank();
            security.locator("#documentNumber").fill(idNumber);
            security.locator("#listing-form button[type=submit]").click();
            security.waitForURL("**/watchlist/*");
            assertThat(security.locator("#listing-status").textContent()).contains("待审核");
            assertThat(security.locator("#listing-document").textContent()).doesNotContain(idNumber)
                    .contains(idNumber.substring(14));
            security.locator("#approve").click();
            security.waitForURL("**/watchlist/*");
            assertThat(security.locator("#listing-status").textContent()).contains("列管中");

            // the emergency department's doctor is at work on another page; the bell will change by itself
            Page doctor = HeadlessChromium.signIn(doctorContext, url(""), "doctor");
            doctor.navigate(url("/incidents"));
            String unreadBefore = doctor.locator("a.bell").textContent();

            // the hospital information system screens a registration in the emergency department
            long hospital = jdbc.sql("select id from hospitals where code = 'H001'").query(Long.class).single();
            String admin = JsonPath.read(post("/api/v1/auth/token", null, Json.object("username", "admin",
                    "password", "demo")),
                    "$.accessToken");
            String his = JsonPath.read(post("/api/v1/integration-tokens", admin, Json.object("name", "HIS 挂号",
                    "hospitalId", hospital, "permissions", Json.array("SCREENING_SUBMIT"))), "$.token");
            String answer = post("/api/v1/screenings", his, Json.object("context", "REGISTRATION",
                    "person", Json.map("documentType", "RESIDENT_ID", "documentNumber", idNumber,
                    "name", "陈大勇"), "department", "ED"));
            assertThat((String) JsonPath.read(answer, "$.outcome")).isEqualTo("EXACT");
            long screening = ((Number) JsonPath.read(answer, "$.screeningId")).longValue();

            // the monitoring console sounds and shows it at once
            Locator banner = console.locator("#screening-" + screening);
            banner.waitFor(new Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));
            assertThat(banner.textContent()).contains("高风险人员预警").contains("高");

            // the emergency department's doctor is warned: the bell's count changes without a reload
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(2))
                    .until(() -> !doctor.locator("a.bell").textContent().equals(unreadBefore));
            doctor.navigate(url("/notifications"));
            assertThat(doctor.locator("ul.notifications li", new Page.LocatorOptions().setHasText("陈*勇")).first()
                    .textContent()).contains("高风险人员").contains("急诊科");

            // security sends the guard to escort; the guard acknowledges on the phone
            security.navigate(url("/screenings"));
            security.locator("a[href='/screenings/" + screening + "']").click();
            security.locator("#guard-form select[name=kind]").selectOption("ESCORT");
            security.locator("#guard-form select[name=guard]").selectOption("guard");
            security.locator("#guard-form button[type=submit]").click();
            security.waitForURL(url("/screenings/" + screening));
            assertThat(security.locator("#guard-tasks").textContent()).contains("陪诊").contains("尚未确认");

            Page guard = HeadlessChromium.signIn(guardContext, url(""), "guard");
            guard.setViewportSize(390, 844);
            guard.navigate(url("/my-tasks"));
            Locator task = guard.locator("article.task", new Page.LocatorOptions().setHasText("陈*勇"));
            assertThat(task.textContent()).contains("陪诊");
            task.locator("button.task-acknowledge").click();
            guard.waitForURL(url("/my-tasks"));
            security.reload();
            assertThat(security.locator("#guard-tasks").textContent()).contains("保安已确认");

            // the police of the responsible station see the match
            Page police = HeadlessChromium.signIn(policeContext, url(""), "police");
            police.navigate(url("/screenings"));
            Locator row = police.locator("tr.screening-row", new Page.LocatorOptions().setHasText("陈*勇"));
            assertThat(row.count()).isEqualTo(1);
            assertThat(row.textContent()).contains("完全匹配").contains("H001");
        }
    }

    private String post(String path, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isLessThan(300);
        return response.body();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
