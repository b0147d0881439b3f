package com.safeward;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (no browser download). Absent outside CI: the calling
 * tests are skipped with a message; absent in CI (CI=true): they fail.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static HeadlessChromium launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs Debian's chromium at " + CHROMIUM + " (.ci/run installs it)");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM + "; apt-get install chromium to run browser tests");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                        "--autoplay-policy=no-user-gesture-required")));
        return new HeadlessChromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** Signs a demo user (password "demo") in through the login page; returns the page on the home screen. */
    public static com.microsoft.playwright.Page signIn(com.microsoft.playwright.BrowserContext context, String baseUrl,
            String user) {
        com.microsoft.playwright.Page page = context.newPage();
        page.navigate(baseUrl + "/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        page.locator("form button[type=submit]").click();
        page.waitForURL(baseUrl + "/");
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
