package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.organizations.OrganizationDirectory;

/**
 * Every page each demo user reaches by following links from the home page, walked in a real browser
 * after a day's records exist (an alarm, an incident handled with the police, a listing and its
 * screenings, a psychological crisis, a circular, a notification channel). Each page answers without
 * error and reads as words: no upper-case identifiers ({@code GROUP_DISTURBANCE}, {@code PROPOSED}),
 * no unresolved message keys, and no login names in the Chinese pages (people by display name).
 * The menu's words are the page's: each entry opens a page whose title holds them, and only that
 * entry is marked as the current one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.Tag("browser-walk") // walks the UI, not the services: once, on the embedded defaults (CI time)
class PageWalkBrowserTests {

    /** An enum constant or code on screen: two upper-case words joined by "_" (not part of a typed code like "PANIC_BUTTON-12"). */
    static final Pattern SNAKE_CASE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\w-])");
    /** An upper-case word of three or more letters: fine only when people say it that way. */
    private static final Pattern UPPER_CASE_WORD = Pattern.compile("(?<![\\w-])[A-Z]{3,}(?![\\w-])");
    private static final Set<String> WORDS_PEOPLE_SAY = Set.of("SOP", "API", "CSV", "PDF", "HIS", "MQTT", "HTTP",
            "HTTPS", "URL", "SMTP", "OIDC", "JSON", "SSE", "NVR", "ICU", "TCM");
    /** A message key that did not resolve: Thymeleaf's "??key_zh_CN??" or a key shown as itself. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[\\w.-]+\\?\\?|(?<![\\w@/.-])(?:entity|recordType|audit|trail|notice|validation|nav|field)\\.[\\w.-]+");
    private static final Pattern LOGIN_NAME = Pattern.compile(
            "(?<![\\w@.-])(hadmin|security2?|operator|guard|doctor|complaints|leader|police|county|city|province)(?![\\w@.-])");
    /** Links a walk must not follow: leaving, downloads, switching language, streams, the API. */
    private static final Pattern NOT_FOLLOWED = Pattern.compile(
            "/logout|/export|/download|\\.csv|\\.pdf|/pdf$|/xlsx$|format=|lang=|/stream|/api/|/v3/|/swagger|/attachments/|/evidence/|/files/");
    private static final int PAGES_PER_USER = 120;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;


    @BeforeEach
    void aDaysRecords() {
        DaysRecords.onceFor(url(""), directory);
    }

    /** Each user walks in a language and must reach at least the pages of the records made for their role. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"admin, zh-CN, /audit|/notification-channels\\?deliveriesOf=\\d+",
            "hadmin, zh-CN, /audit|/users/\\d+/edit",
            "security, zh-CN, /screenings/\\d+|/watchlist/\\d+|/care/interventions/\\d+|/incidents/\\d+|/inspections/\\d+|/rectifications/\\d+|/checklists/\\d+",
            "operator, zh-CN, /console|/incidents/\\d+", "guard, zh-CN, /my-tasks",
            "doctor, zh-CN, /care/inpatients/\\d+", "complaints, zh-CN, /watchlist/\\d+",
            "leader, zh-CN, /reports/\\d+|/cases", "police, zh-CN, /incidents/\\d+|/screenings/\\d+",
            "county, zh-CN, /reports/\\d+|/circulars/\\d+|/inspections/\\d+|/rectifications/\\d+|/supervision/\\d+|/compliance/hospitals/\\d+", "city, zh-CN, /audit|/tasks/\\d+", "province, zh-CN, /hospitals/\\d+",
            "security, en, /incidents/\\d+|/screenings/\\d+"})
    void everyPageReadsAsWords(String user, String locale, String mustReach) {
        List<String> problems = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        Map<String, String> menu = new LinkedHashMap<>(); // the home page's menu: href → label
        Set<String> menuChecked = new LinkedHashSet<>();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale(locale))) {
            Page page = HeadlessChromium.signIn(context, url(""), user);
            if (locale.equals("en")) {
                page.navigate(url("/?lang=en"));
            }
            Map<String, Integer> seenShapes = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            while (!queue.isEmpty() && visited.size() < PAGES_PER_USER) {
                String path = queue.poll();
                if (!visited.add(path)) {
                    continue;
                }
                Response response = page.navigate(url(path),
                        new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
                if (response == null || response.status() >= 400) {
                    problems.add(path + " answered " + (response == null ? "nothing" : response.status()));
                    continue;
                }
                if (path.equals("/") && menu.isEmpty()) {
                    List<?> hrefs = (List<?>) page.locator(".mainnav a").evaluateAll("as => as.map(a => a.getAttribute('href'))");
                    List<String> labels = page.locator(".mainnav a").allTextContents();
                    for (int i = 0; i < hrefs.size(); i++) {
                        menu.put(String.valueOf(hrefs.get(i)).replaceAll("#.*$", ""), labels.get(i).trim());
                    }
                }
                if (menu.containsKey(path)) {
                    menuEntryNamesItsPage(page, path, menu.get(path)).ifPresent(problems::add);
                    menuChecked.add(path);
                }
                List<?> links = (List<?>) page.locator("a[href]").evaluateAll("links => links.map(a => a.getAttribute('href'))");
                // codes people gave records (department "ICU", device "ED-PB-01") are marked class="code" and not words
                String text = (String) page.evaluate(
                        "() => { document.querySelectorAll('.code, code').forEach(e => e.remove()); return document.body.innerText; }");
                findings(text, locale, path).forEach(finding -> problems.add(path + ": " + finding));
                for (Object href : links) {
                    String link = String.valueOf(href).trim();
                    if (!link.startsWith("/") || link.startsWith("//") || NOT_FOLLOWED.matcher(link).find()) {
                        continue;
                    }
                    link = link.replaceAll("#.*$", "");
                    // one page of each shape (/incidents/7 stands for /incidents/9): every shape is visited
                    String shape = link.replaceAll("\\d+", "#").replaceAll("([?&](page|size|sort)=[^&]*)", "");
                    if (seenShapes.merge(shape, 1, Integer::sum) <= 1) {
                        queue.add(link);
                    }
                }
            }
        }
        for (String expected : mustReach.split("\\|")) {
            assertThat(visited).as("pages %s walked", user).anyMatch(p -> p.matches(expected + "([?#].*)?"));
        }
        assertThat(menu).as("%s's menu", user).isNotEmpty();
        assertThat(menuChecked).as("%s's menu entries opened", user).containsExactlyInAnyOrderElementsOf(menu.keySet());
        assertThat(problems).as("what %s read on %s", user, visited).isEmpty();
    }

    /** The page a menu entry opened: only that entry marked, and (but for the home page) a title holding its words. */
    private static java.util.Optional<String> menuEntryNamesItsPage(Page page, String path, String label) {
        List<String> active = page.locator(".mainnav a.active").allTextContents().stream().map(String::trim).toList();
        if (!active.equals(List.of(label))) {
            return java.util.Optional.of("menu '" + label + "': " + path + " marks " + active);
        }
        String title = path.equals("/") ? label : page.locator("h1").first().textContent();
        // in English a menu word is capitalised and the title's is not ("Reports", "Escalation reports")
        return title.toLowerCase(java.util.Locale.ROOT).contains(label.toLowerCase(java.util.Locale.ROOT))
                ? java.util.Optional.empty()
                : java.util.Optional.of("menu '" + label + "' opens a page titled '" + title + "'");
    }

    private static List<String> findings(String text, String locale, String path) {
        List<String> found = new ArrayList<>();
        matches(SNAKE_CASE, text).forEach(m -> found.add("identifier " + m));
        matches(UPPER_CASE_WORD, text).stream().filter(w -> !WORDS_PEOPLE_SAY.contains(w))
                .forEach(w -> found.add("upper-case word " + w));
        matches(MESSAGE_KEY, text).forEach(k -> found.add("message key " + k));
        // the account pages show login names on purpose; everywhere else people are named
        if (locale.startsWith("zh") && !path.startsWith("/users") && !path.startsWith("/account")) {
            matches(LOGIN_NAME, text).forEach(n -> found.add("login name " + n));
        }
        for (String raw : List.of("null", "Optional[", "java.", "Exception", "{0}")) {
            if (text.contains(raw)) {
                found.add("raw text " + raw);
            }
        }
        return found;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
