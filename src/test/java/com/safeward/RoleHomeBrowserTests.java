package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.organizations.OrganizationDirectory;

/**
 * Issue 13, done means: every role's home and the lists its cards open, walked in Chromium at a
 * desktop and a phone size after a day's records exist, with screenshots in
 * {@code target/screenshots} (not committed). Each home shows its role's work as cards; every card's
 * count is the total of the list it opens; at 390 px nothing scrolls sideways and every value of a
 * table shown as cards keeps its label; no upper-case identifier is on screen; the menu marks one
 * entry, and each entry's words are in the title of the page it opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.Tag("browser-walk") // walks the UI, not the services: once, on the embedded defaults (CI time)
class RoleHomeBrowserTests {

    /** The page's HTML and its deferred scripts (live.js labels the cells) are enough; not every image and style. */
    private static final Page.NavigateOptions LOADED = new Page.NavigateOptions()
            .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.DOMCONTENTLOADED);
    private static final Map<String, int[]> SIZES = Map.of("desktop", new int[] {1280, 800}, "phone", new int[] {390, 844});

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;

    @BeforeEach
    void aDaysRecords() {
        DaysRecords.onceFor(url(""), directory);
    }

    /**
     * Each role's home at both sizes: the cards it expects; once per role, every list its cards open,
     * each total equal to the card's count (the same query answers both sizes).
     */
    @ParameterizedTest(name = "{0} at {1} size, lists opened: {3}")
    @CsvSource({"operator, desktop, 报警|保安|涉医案事件处置|设备, false", "operator, phone, 报警, true",
            "security, desktop, 涉医案事件处置|案事件报告|高风险人员, false", "security, phone, 涉医案事件处置, true",
            "leader, desktop, 本月概况|案事件报告|涉医案件|心理评估, false", "leader, phone, 本月概况, true",
            "guard, desktop, 当前任务|上报, false", "guard, phone, 当前任务, true",
            "doctor, desktop, 上报|心理评估, false", "doctor, phone, 上报|心理评估, true",
            "complaints, phone, 上报|高风险人员, true", "police, desktop, 报警|涉医案件, false", "police, phone, 报警, true",
            "county, desktop, 各医院未结案事件|信息发布预案, true", "city, phone, 各医院未结案事件, true",
            "hadmin, phone, '', true"})
    void theHomeShowsTheRolesWorkAndEveryCountIsItsListsTotal(String user, String size, String cards, boolean openLists) {
        List<String> problems = new ArrayList<>();
        int[] viewport = SIZES.get(size);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport[0], viewport[1]).setLocale("zh-CN"))) {
            Page page = HeadlessChromium.signIn(context, url(""), user);
            screenshot(page, user + "-" + size + "-home");
            List<String> titles = page.locator(".home-card h2").allTextContents();
            for (String card : cards.isBlank() ? List.<String>of() : List.of(cards.split("\\|"))) {
                assertThat(titles).as("%s's home cards", user).contains(card);
            }
            check(page, "/", size, problems);
            Locator figures = page.locator(".home-card a[data-count]");
            List<String[]> links = new ArrayList<>();
            for (int i = 0; i < figures.count(); i++) {
                links.add(new String[] {figures.nth(i).getAttribute("href"), figures.nth(i).getAttribute("data-count"),
                        figures.nth(i).textContent().trim()});
            }
            if (!cards.isBlank()) {
                assertThat(links).as("%s's home figures", user).isNotEmpty();
            }
            // the lists a card opens are walked once per role (at the phone size where the role has one)
            for (String[] link : openLists ? links : List.<String[]>of()) {
                page.navigate(url(link[0]), LOADED);
                String key = link[0].contains("#") ? link[0].substring(link[0].indexOf('#') + 1) : "list";
                Locator total = page.locator("[data-total='" + key + "']");
                long shown = total.count() == 0 ? 0 : Long.parseLong(total.first().textContent().trim());
                if (shown != Long.parseLong(link[1])) {
                    problems.add("card '" + link[2] + "' says " + link[1] + ", " + link[0] + " shows " + shown);
                }
                check(page, link[0], size, problems);
                if (size.equals("phone")) { // the lists as a phone shows them; the desktop's are the same rows
                    page.screenshot(new Page.ScreenshotOptions().setPath(
                            Path.of("target/screenshots/" + user + "-phone" + link[0].replaceAll("[^\\w]+", "_") + ".png")));
                }
            }
        }
        assertThat(problems).as("%s at %s size", user, size).isEmpty();
    }

    /**
     * The incident page leads with its status, the next step and the SOP checklist; the sections below
     * fold and are open where they hold something; the doctor who reported it sees its progress and
     * the evidence, not the security department's forms.
     */
    @org.junit.jupiter.api.Test
    void theIncidentPageLeadsWithTheNextStepAndTheReporterSeesItsProgress() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext desk = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800).setLocale("zh-CN"));
                BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page operator = HeadlessChromium.signIn(desk, url(""), "operator");
            operator.navigate(url("/incidents?type=THREAT"));
            String incident = operator.locator("#incident-table tbody a").first().getAttribute("href");
            operator.navigate(url(incident));
            screenshot(operator, "operator-desktop-incident");
            assertThat(operator.locator("#next-step").innerText().trim()).startsWith("下一步").contains("派遣保安到场");
            List<String> order = operator.locator("main > #next-step, main > #sop-section, main > details.section")
                    .evaluateAll("es => es.map(e => e.id)") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            assertThat(order).as("what the page leads with").startsWith("next-step", "sop-section");
            assertThat(operator.locator("#persons-section").getAttribute("open")).as("no person registered yet").isNull();
            assertThat(operator.locator("#police-section").getAttribute("open")).as("the handler's 110 record").isNotNull();
            assertThat(operator.locator("#person-form").isVisible()).isFalse();
            operator.locator("#persons-section summary").click();
            assertThat(operator.locator("#person-form").isVisible()).isTrue();

            Page doctor = HeadlessChromium.signIn(phone, url(""), "doctor");
            doctor.navigate(url(incident));
            screenshot(doctor, "doctor-phone-incident");
            for (String form : List.of("#police-section", "#consequences-section", "#persons-section")) {
                assertThat(doctor.locator(form).count()).as("%s is not the reporter's", form).isZero();
            }
            assertThat(doctor.locator("#evidence-section").getAttribute("open")).isNotNull();
            assertThat(doctor.locator(".step.done").count()).as("the progress").isPositive();
            check(doctor, incident, "phone", problems);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Forms that know the user: the emergency doctor's places come first on /concern, the places can
     * be searched, a tap asks for confirmation (cancelling reports nothing), and the report form's
     * place list narrows to what is typed.
     */
    @org.junit.jupiter.api.Test
    void theDoctorsOwnPlacesComeFirstCanBeSearchedAndAreConfirmedBeforeReporting() {
        try (BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page doctor = HeadlessChromium.signIn(phone, url(""), "doctor");
            doctor.navigate(url("/concern"));
            List<String> places = doctor.locator("button.place").evaluateAll("bs => bs.map(b => b.dataset.place)")
                    instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            assertThat(places.subList(0, 2)).as("the emergency department's places first")
                    .allMatch(p -> p.startsWith("急诊楼"));
            assertThat(doctor.locator("form.own").first().textContent()).contains("本科室");
            doctor.locator("#place-search").fill("3F");
            assertThat(doctor.locator("#place-buttons form:visible").count()).isEqualTo(
                    (int) places.stream().filter(p -> p.contains("3F")).count());
            int reports = doctor.locator("article.own-report").count();
            doctor.locator("#place-buttons form:visible button.place").first().click();
            assertThat(doctor.locator("#confirm-place").textContent()).contains("3F");
            screenshot(doctor, "doctor-phone-concern-confirm");
            doctor.locator("#confirm-cancel").click();
            assertThat(doctor.locator("#concern-confirm").isVisible()).isFalse();
            doctor.reload();
            assertThat(doctor.locator("article.own-report").count()).as("a cancelled tap reports nothing").isEqualTo(reports);

            doctor.navigate(url("/incidents/new"));
            doctor.locator("input[data-filters='#areaId']").fill("重症");
            assertThat(doctor.locator("#areaId option:checked").textContent()).contains("重症监护室");
        }
    }

    private void check(Page page, String path, String size, List<String> problems) {
        String text = (String) page.evaluate(
                "() => { const b = document.body.cloneNode(true); b.querySelectorAll('.code, code').forEach(e => e.remove());"
                        + " return b.innerText; }");
        Matcher identifier = PageWalkBrowserTests.SNAKE_CASE.matcher(text);
        while (identifier.find()) {
            problems.add(path + ": identifier " + identifier.group());
        }
        if (size.equals("phone")) {
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            if (((Number) overflow).intValue() > 0) {
                problems.add(path + ": " + overflow + " px wider than the phone");
            }
            @SuppressWarnings("unchecked")
            List<String> unlabelled = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll("
                    + "'table.list tbody td')).filter(td => td.offsetParent && td.innerText.trim()"
                    + " && !td.querySelector('button, form') && !td.dataset.label).map(td => td.innerText.trim())");
            unlabelled.forEach(value -> problems.add(path + ": value without a label: " + value));
        }
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
