package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.safeward.organizations.OrganizationDirectory;

/**
 * SUP-4, SUP-1, RSK-4 in the browser: the province sees every demo hospital with a score and finds
 * H002's late escalation report behind its failing INC-6; the county sees only its own hospitals;
 * the city gives its tertiary hospitals a task, H001's security reports it done with a file from a
 * phone, and the city accepts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplianceBrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void regulatorsSeeComplianceFromTheRecordsAndCloseATaskWithTheHospital() {
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        aReportFellDueAnHourAgoAt(h2);
        Browser browser = chromium.browser();
        try (BrowserContext provinceContext = desktop(browser); BrowserContext countyContext = desktop(browser);
                BrowserContext cityContext = desktop(browser); BrowserContext securityContext = browser.newContext(
                        new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page province = HeadlessChromium.signIn(provinceContext, url(""), "province");
            province.navigate(url("/compliance"));
            province.locator("form[action='/compliance/evaluations'] button").click();
            province.waitForURL(url("/compliance"));
            for (String code : new String[] {"H001", "H002", "H003"}) {
                Locator row = province.locator("tr.compliance-row", new Page.LocatorOptions().setHasText(code));
                assertThat(row.count()).as(code).isEqualTo(1);
                assertThat(row.locator(".score").textContent()).as(code + " has a score").endsWith("%");
            }
            province.locator("tr.compliance-row", new Page.LocatorOptions().setHasText("H002")).locator("a").click();
            province.waitForURL("**/compliance/hospitals/" + h2);
            Locator inc6 = province.locator("#req-INC-6");
            assertThat(inc6.locator(".status").textContent()).isEqualTo("不达标");
            assertThat(inc6.locator(".finding").textContent()).contains("逾期");
            inc6.locator(".evidence a").first().click();
            province.waitForURL("**/reports?state=OVERDUE&hospitalId=" + h2);
            assertThat(province.locator("main").textContent()).contains("二七区人民医院");
            assertThat(Integer.parseInt(province.locator("[data-total='list']").textContent().trim())).isPositive();

            Page county = HeadlessChromium.signIn(countyContext, url(""), "county");
            county.navigate(url("/compliance"));
            assertThat(county.locator("tr.compliance-row", new Page.LocatorOptions().setHasText("H001")).count()).isEqualTo(1);
            assertThat(county.locator("tr.compliance-row", new Page.LocatorOptions().setHasText("H002")).count())
                    .as("二七区 is not the county's").isZero();

            Page city = HeadlessChromium.signIn(cityContext, url(""), "city");
            city.navigate(url("/tasks/new"));
            city.locator("#title").fill("开展一次防暴演练并报送记录");
            city.locator("#grade").selectOption(new SelectOption().setValue("LEVEL_3"));
            city.locator("#dueDate").fill(LocalDate.now().plusDays(7).toString());
            city.locator("#task-form button[type=submit]").click();
            city.waitForURL("**/tasks/*");
            String task = city.url().replaceAll(".*/tasks/", "");
            assertThat(city.locator("#part-" + h2).count()).as("H002 is 二级").isZero();
            long h1 = directory.hospitalIdByCode("H001").orElseThrow();
            assertThat(city.locator("#part-" + h1 + " .part-status").textContent()).isEqualTo("待完成");

            Page security = HeadlessChromium.signIn(securityContext, url(""), "security");
            security.navigate(url("/tasks/" + task));
            security.locator(".completion-form textarea[name=note]").fill("已组织演练，记录见附件");
            security.locator(".completion-form input[type=file]").setInputFiles(new FilePayload("演练记录.pdf",
                    "application/pdf", "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes()));
            security.locator(".completion-form button[type=submit]").click();
            security.waitForLoadState();
            assertThat(security.locator("#part-" + h1 + " .part-status").textContent()).isEqualTo("待验收");
            assertThat(security.locator("#part-" + h1).textContent()).contains("演练记录.pdf");
            Object overflow = security.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("the task page fits the phone").isLessThanOrEqualTo(0);

            city.reload();
            city.locator("#part-" + h1 + " .accept-form button").click();
            city.waitForLoadState();
            assertThat(city.locator("#part-" + h1 + " .part-status").textContent()).isEqualTo("已销号");
        }
    }

    /**
     * SUP-4 reports and SUP-2 assessments: the province makes H002's monthly report as a PDF from the
     * reports page; the city assembles H001's Safe Hospital assessment; H001's security officer sees
     * it on a phone and cannot change it.
     */
    @Test
    void regulatorsMakeReportsAndAssembleTheSafeHospitalAssessment() {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        Browser browser = chromium.browser();
        try (BrowserContext provinceContext = desktop(browser); BrowserContext cityContext = desktop(browser);
                BrowserContext securityContext = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page province = HeadlessChromium.signIn(provinceContext, url(""), "province");
            province.navigate(url("/compliance"));
            province.locator("#compliance-reports").click();
            province.waitForURL(url("/compliance/reports"));
            province.locator("#subject").selectOption(new SelectOption().setValue("hospital:" + h2));
            com.microsoft.playwright.Download download = province.waitForDownload(() ->
                    province.locator("#report-form button[type=submit]").click());
            assertThat(download.suggestedFilename()).contains("二七区人民医院").endsWith(".pdf");

            Page city = HeadlessChromium.signIn(cityContext, url(""), "city");
            city.navigate(url("/compliance/assessments"));
            city.locator("tr.assessment-row", new Page.LocatorOptions().setHasText("H001")).locator("a").click();
            city.waitForURL("**/compliance/assessments/" + h1 + "/*");
            city.locator("#assemble").click();
            city.waitForLoadState();
            assertThat(city.locator("#assessment-status").textContent()).isEqualTo("草稿");
            assertThat(city.locator("#proposed-grade").textContent()).isIn("优秀", "达标", "不达标");

            Page security = HeadlessChromium.signIn(securityContext, url(""), "security");
            security.navigate(url("/compliance/assessments"));
            security.waitForURL("**/compliance/assessments/" + h1 + "/*");
            assertThat(security.locator("#assessment-status").textContent()).isEqualTo("草稿");
            assertThat(security.locator("#assemble").count()).as("only the regulator above assembles").isZero();
            Object overflow = security.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("the assessment fits the phone").isLessThanOrEqualTo(0);
        }
    }

    /** An incident with a death at H002, whose reports fell due an hour ago (the test's stand-in for waiting). */
    private void aReportFellDueAnHourAgoAt(long hospital) {
        HttpApi api = new HttpApi(url(""));
        String security2 = api.bearer("security2");
        long area = directory.areaChoices(hospital).get(0).id();
        long incident = HttpApi.id(api.post(security2, "/api/v1/incidents", Json.object("hospitalId", hospital,
                "areaId", area, "incidentType", "VIOLENCE")), "$.id");
        api.post(security2, "/api/v1/incidents/" + incident + "/consequences", Json.object("deaths", 1,
                "seriousInjuries", 0, "injured", 0));
        jdbc.sql("update escalation_reports set due_at = :due where incident_id = :i")
                .param("due", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)))
                .param("i", incident).update();
        // the deadline checks run now instead of in an hour, as the scheduler runs them
        jdbc.sql("update scheduled_tasks set execution_time = :now where task_name = 'escalation-report-deadline' "
                + "and task_instance in (select cast(id as varchar(20)) from escalation_reports where incident_id = :i)")
                .param("now", java.sql.Timestamp.from(java.time.Instant.now())).param("i", incident).update();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> api.get(security2,
                "/api/v1/escalation-reports?state=OVERDUE&hospitalId=" + hospital).contains("\"incidentId\":" + incident));
    }

    private static BrowserContext desktop(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
