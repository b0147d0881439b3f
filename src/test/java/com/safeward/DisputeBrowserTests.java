package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.organizations.OrganizationDirectory;

/**
 * Issue 16 done, on phones (390×844): a patient files a complaint on H001's public page and gets a
 * tracking number; the patient relations office takes it and turns it into a medical dispute linked
 * to the disturbance the family made; people's mediation is refused while that disturbance is not
 * under control (INC-5) and starts once security has it under control; a recorded session ends in an
 * agreement; the compensation is refused before the liability is recorded (DSP-4) and paid after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisputeBrowserTests {

    /** A person takes longer than this to fill the form (the ticket's minimum; ComplaintTests tests the check). */
    private static final double PERSON_FILLING_MS = 3_500;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;

    @Test
    void aPublicComplaintBecomesADisputeSettledThroughPeoplesMediationLiabilityFirst() {
        Browser browser = chromium.browser();
        try (BrowserContext patientContext = phone(browser); BrowserContext officeContext = phone(browser)) {
            Page patient = patientContext.newPage();
            patient.navigate(url("/public/complaints/H001"));
            assertThat(patient.locator("h1").textContent()).isEqualTo("投诉与建议");
            patient.locator("#complainant").fill("吴晓梅");
            patient.locator("#phone").fill("13612345678");
            patient.locator("#subject").fill("母亲术后死亡");
            patient.locator("#content").fill("母亲手术后第二天死亡，医院没有给出解释，我们要求说法和赔偿");
            noSidewaysScroll(patient);
            patient.waitForTimeout(PERSON_FILLING_MS);
            patient.locator("#public-complaint-form button[type=submit]").click();
            patient.waitForURL(java.util.regex.Pattern.compile(".*/public/complaints/track\\?number=TS\\w{10}"));
            String number = patient.locator("#tracking-number").textContent().strip();
            assertThat(number).matches("TS\\w{10}");
            assertThat(patient.locator("#public-state").textContent()).isEqualTo("办理中");
            noSidewaysScroll(patient);

            long h1 = directory.hospitalIdByCode("H001").orElseThrow();
            HttpApi api = new HttpApi(url(""));
            String security = api.bearer("security");
            long incident = ((Number) JsonPath.read(api.post(security, "/api/v1/incidents", Json.object("hospitalId", h1,
                    "areaId", directory.areaChoices(h1).get(0).id(), "incidentType", "GROUP_DISTURBANCE",
                    "description", "家属在外科病区聚集，情绪激动")), "$.id")).longValue();

            Page office = HeadlessChromium.signIn(officeContext, url(""), "complaints");
            office.navigate(url("/complaints?unclaimed=true&q=" + number));
            office.locator("#complaint-table tbody a").first().click();
            office.waitForURL(java.util.regex.Pattern.compile(".*/complaints/\\d+"));
            office.locator("#claim").click();
            office.waitForLoadState();
            assertThat(office.locator("#complaint-owner").textContent()).contains("刘老师");
            noSidewaysScroll(office);
            office.locator("#to-dispute").click();
            office.waitForURL(java.util.regex.Pattern.compile(".*/disputes/new\\?complaintId=\\d+"));
            assertThat(office.locator("#summary").inputValue()).contains("母亲术后死亡");
            office.locator("#claimedAmount").fill("600000");
            office.locator("#incidentId").fill(Long.toString(incident));
            office.locator("#dispute-form button[type=submit]").click();
            office.waitForURL(java.util.regex.Pattern.compile(".*/disputes/\\d+"));
            String dispute = office.url().replaceAll(".*/disputes/", "");
            noSidewaysScroll(office);

            office.locator("#kind").selectOption(new SelectOption().setValue("PEOPLES_MEDIATION"));
            office.locator("#body").fill("区医疗纠纷人民调解委员会");
            office.locator("#channel-form button[type=submit]").click();
            office.waitForLoadState();
            assertThat(office.locator("#action-error").textContent()).as("INC-5")
                    .contains("#" + incident).contains("尚未得到控制");
            assertThat(office.locator("article.channel").count()).isZero();

            api.post(security, "/api/v1/incidents/" + incident + "/status", Json.object("status", "CONTROLLED"));
            office.locator("#kind").selectOption(new SelectOption().setValue("PEOPLES_MEDIATION"));
            office.locator("#body").fill("区医疗纠纷人民调解委员会");
            office.locator("#channel-form button[type=submit]").click();
            office.waitForLoadState();
            assertThat(office.locator("article.channel h3").textContent()).contains("人民调解");
            office.locator("article.channel summary", new Page.LocatorOptions().setHasText("记录一次协商或调解")).click();
            office.locator("article.channel input[name=heldAt]").fill("2026-12-01T14:30");
            office.locator("article.channel input[name=place]").fill("医调委调解室");
            office.locator("article.channel input[name=recorded]").check();
            office.locator("article.channel input[name=patientSideCount]").fill("3");
            office.locator("article.channel .session-form button[type=submit]").click();
            office.waitForLoadState();
            assertThat(office.locator("article.channel .session").textContent()).contains("医调委调解室").contains("录音录像");
            office.locator("article.channel summary", new Page.LocatorOptions().setHasText("记录结果")).click();
            office.locator("article.channel select[name=outcome]").selectOption(new SelectOption().setValue("AGREEMENT"));
            office.locator("article.channel textarea[name=note]").fill("达成调解协议：医方承担次要责任");
            office.locator("article.channel .conclusion-form button[type=submit]").click();
            office.waitForLoadState();
            assertThat(office.locator("article.channel h3").textContent()).contains("达成协议");

            office.locator("#amount").fill("120000");
            office.locator("#paidOn").fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
            office.locator("#compensation-form button[type=submit]").click();
            office.waitForLoadState();
            assertThat(office.locator("#action-error").textContent()).as("DSP-4").contains("尚未认定责任");
            assertThat(office.locator("#payments").count()).isZero();

            office.locator("#basis").selectOption(new SelectOption().setValue("MEDIATION_AGREEMENT"));
            office.locator("#finding").fill("调解协议明确医方承担次要责任（30%）");
            office.locator("#liability-form button[type=submit]").click();
            office.waitForLoadState();
            assertThat(office.locator("#liability").textContent()).contains("明确责任的调解协议");
            office.locator("#amount").fill("120000");
            office.locator("#paidOn").fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
            office.locator("#compensation-form button[type=submit]").click();
            office.waitForLoadState();
            assertThat(office.locator("#payments").textContent()).contains("120,000.00");
            noSidewaysScroll(office);

            patient.navigate(url("/public/complaints/track?number=" + number));
            assertThat(patient.locator("#public-state").textContent()).isEqualTo("已转医疗纠纷");
            office.navigate(url("/disputes/" + dispute));
            assertThat(office.locator("#dispute-status").textContent()).isEqualTo("处理中");
        }
    }

    private static void noSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("%s wider than the phone", page.url()).isLessThanOrEqualTo(0);
    }

    private static BrowserContext phone(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
