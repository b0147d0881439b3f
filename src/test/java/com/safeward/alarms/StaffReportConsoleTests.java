package com.safeward.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.HeadlessChromium;
import com.safeward.organizations.OrganizationDirectory;

/**
 * INC-1, INC-4, WL-4: an incident a nurse reports in two taps on her phone reaches the monitoring
 * console live with sound, like an alarm; the console acknowledges it and sends a guard; the
 * nurse's page says security was told, and that a guard is coming only once one is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffReportConsoleTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;

    @Test
    void aTwoTapReportSoundsOnTheConsoleAndTheReporterSeesWhatSecurityDid() {
        var browser = chromium.browser();
        try (BrowserContext phoneContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"));
                BrowserContext consoleContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setLocale("zh-CN"))) {
            Page console = HeadlessChromium.signIn(consoleContext, url(""), "operator");
            console.navigate(url("/console"));
            console.locator("#live-state.live").waitFor(new Locator.WaitForOptions().setTimeout(5000));

            Page phone = HeadlessChromium.signIn(phoneContext, url(""), "doctor");
            phone.navigate(url("/concern"));
            Locator place = phone.locator("button.place").first();
            String location = place.getAttribute("data-place");
            place.click();
            // the place is confirmed once more before security is told
            assertThat(phone.locator("#confirm-place").textContent()).isEqualTo(location);
            phone.locator("#confirm-report").click();
            phone.waitForURL(url("/concern"));
            assertThat(phone.locator("#concern-raised").textContent()).contains("已通知保卫科").doesNotContain("赶来");
            Locator mine = phone.locator("article.own-report").first();
            assertThat(mine.locator(".report-state").textContent()).contains("等待确认");
            String reportId = mine.getAttribute("id").substring("own-report-".length());

            Locator report = console.locator("#report-" + reportId);
            report.waitFor(new Locator.WaitForOptions().setTimeout(HeadlessChromium.LIVE_MS));
            assertThat(console.locator("#console").getAttribute("data-last-sound")).as("the console sounds").isNotNull();
            assertThat(report.locator(".location").textContent()).contains(location.substring(location.lastIndexOf(' ') + 1));

            report.locator("button.acknowledge").click();
            console.waitForURL(url("/console"));
            phone.locator("#own-report-" + reportId + " .report-state", new Page.LocatorOptions().setHasText("已确认"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(5000));

            Locator acknowledged = console.locator("#report-" + reportId);
            acknowledged.locator("select[name=guard]").selectOption("guard");
            acknowledged.locator("button.dispatch").click();
            console.waitForURL(url("/console"));
            phone.locator("#own-report-" + reportId + " .report-state", new Page.LocatorOptions().setHasText("保安正在赶来"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(5000));
            assertThat(console.locator("#report-" + reportId).count()).as("answered: it leaves the console").isZero();
            assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling on the phone").isTrue();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
