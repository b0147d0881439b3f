package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real UI in headless Debian Chromium ({@link HeadlessChromium}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;


    @Test
    void securityOfficerCreatesAnAreaAndFindsItInTheList() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = signIn(context, "security");
            page.navigate(url("/areas"));
            page.locator("#new-area").click();
            String name = "浏览器测试区" + System.nanoTime() % 100000;
            page.locator("#building").fill("门诊楼");
            page.locator("#floor").fill("2F");
            page.locator("#name").fill(name);
            page.locator("#areaType").selectOption("WAITING");
            page.locator("#area-form button[type=submit]").click();
            page.waitForURL("**/areas?hospitalId=*");
            assertThat(page.locator(".notice").textContent()).contains("已保存");

            page.locator("input[name=q]").fill(name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
            page.waitForURL("**q=*");
            assertThat(page.locator("#area-table .area-name").allTextContents()).containsExactly(name);
        }
    }

    @Test
    void formErrorsAppearNextToTheField() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = signIn(context, "security");
            page.navigate(url("/areas/new"));
            page.locator("#floor").fill("1F");
            page.locator("#name").fill("缺少楼宇");
            page.locator("#areaType").selectOption("OTHER");
            page.locator("#building").evaluate("el => el.removeAttribute('required')");
            page.locator("#area-form button[type=submit]").click();
            assertThat(page.locator("#building + .field-error").textContent()).isEqualTo("请填写“楼宇”。");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/area-form-error.png")).setFullPage(true));
        }
    }

    @Test
    void countyRegulatorSeesExactlyTheHospitalsOfItsCounty() {
        Set<String> expected = new TreeSet<>(jdbc.sql("""
                select h.code from hospitals h join regions r on r.id = h.region_id
                where r.path like (select path from regions where code = '410102') || '%'""")
                .query(String.class).list());
        assertThat(expected).contains("H001", "H003").doesNotContain("H002");
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = signIn(context, "county");
            page.navigate(url("/hospitals?size=200"));
            Set<String> shown = new TreeSet<>(page.locator("#hospital-table .hospital-row td:first-child").allTextContents());
            assertThat(shown).isEqualTo(expected);
        }
    }

    @Test
    void aGuardReportsAnIncidentFromThePhoneAndAttachesAPhoto() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page phone = signIn(context, "guard");
            phone.navigate(url("/incidents/new"));
            phone.locator("input[name=incidentType][value=SUSPICIOUS_ITEM]").check();
            phone.locator("#areaId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("门诊楼 1F 南门入口"));
            phone.locator("#description").fill("南门入口发现无人认领的背包");
            phone.locator("#report-form button[type=submit]").click();
            phone.waitForURL("**/incidents/*");
            assertThat(phone.locator(".notice").textContent()).contains("已上报");
            phone.locator("#attachment-form input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "背包.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}));
            phone.locator("#attachment-form button[type=submit]").click();
            phone.waitForLoadState();
            assertThat(phone.locator("#attachments").textContent()).contains("背包.png");
        }
    }

    @Test
    void theLayoutWorksOnAPhoneAndSwitchesToEnglish() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page page = signIn(context, "guard");
            // the menu folds behind one button on a phone, and opens with it
            assertThat(page.locator(".mainnav a").first().isVisible()).isFalse();
            page.locator(".menu-toggle").click();
            assertThat(page.locator(".mainnav a").first().isVisible()).isTrue();
            assertThat(page.locator(".menu-toggle").getAttribute("aria-expanded")).isEqualTo("true");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/phone-home.png")));
            assertThat(page.locator("h1").textContent()).startsWith("欢迎");
            page.locator("#lang-switch").click();
            page.waitForURL("**lang=en");
            assertThat(page.locator("h1").textContent()).startsWith("Welcome");
        }
    }

    private Page signIn(BrowserContext context, String user) {
        return HeadlessChromium.signIn(context, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
