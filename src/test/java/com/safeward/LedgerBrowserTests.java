package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.safeward.organizations.OrganizationDirectory;

/**
 * RSK-2, SUP-2 done, on a phone (390×844): the county makes an unannounced visit of H001 with the
 * Safe Hospital checklist and fails "fire exit blocked" with a photo; H001's security does not
 * see the visit until it is signed off; then the finding is in H001's ledger, owned by a
 * department; security records the fix with a photo and cannot verify it; the leader verifies and
 * it closes; the county sees it closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerBrowserTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;

    @Test
    void anUnannouncedVisitsFindingIsFollowedToItsVerifiedFixOnAPhone() {
        Browser browser = chromium.browser();
        try (BrowserContext countyContext = phone(browser); BrowserContext securityContext = phone(browser);
                BrowserContext leaderContext = phone(browser)) {
            Page county = HeadlessChromium.signIn(countyContext, url(""), "county");
            // from H001's inspections (开始检查 keeps the hospital filter): the checklists usable there are listed
            county.navigate(url("/inspections?hospitalId=" + directory.hospitalIdByCode("H001").orElseThrow()));
            county.locator("#new-inspection").click();
            county.waitForURL("**/inspections/new?hospitalId=*");
            assertThat(county.locator("#hospitalId option:checked").textContent()).isEqualTo(label("H001"));
            county.locator("#template-field select").selectOption(new SelectOption().setLabel("平安医院安全秩序检查 · 第 1 版"));
            county.locator("input[name=kind][value=UNANNOUNCED]").check();
            county.locator("#inspection-form button[type=submit]").click();
            county.waitForURL("**/inspections/*");
            String inspection = county.url().replaceAll(".*/inspections/", "");
            noSidewaysScroll(county);

            Page security = HeadlessChromium.signIn(securityContext, url(""), "security");
            Response hidden = security.navigate(url("/inspections/" + inspection));
            assertThat(hidden.status()).as("暗访: the hospital does not see it yet").isEqualTo(404);
            security.navigate(url("/inspections"));
            assertThat(security.locator("a[href='/inspections/" + inspection + "']").count()).isZero();

            answerTheRestByApi(inspection);
            county.reload();
            Locator fireExit = county.locator("article.inspection-item", new Page.LocatorOptions().setHasText("消防通道畅通，无堵塞"));
            fireExit.locator("input[name=answer][value=NO]").check();
            fireExit.locator("input[name=note]").fill("三楼东侧消防通道堆放杂物");
            fireExit.locator("input[type=file]").setInputFiles(new FilePayload("消防通道.png", "image/png", PNG));
            fireExit.locator("button[type=submit]").click();
            county.waitForLoadState();
            fireExit = county.locator("article.inspection-item", new Page.LocatorOptions().setHasText("消防通道畅通，无堵塞"));
            assertThat(fireExit.locator(".outcome").textContent()).isEqualTo("不符合");
            assertThat(fireExit.textContent()).contains("消防通道.png");
            assertThat(county.locator("#inspection-progress").textContent()).contains("已答 18 / 18");
            county.locator("#conclusion").fill("消防通道堵塞，限期整改");
            county.locator("#submit-form button[type=submit]").click();
            county.waitForLoadState();
            assertThat(county.locator("#inspection-status").textContent()).isEqualTo("已提交");
            assertThat(county.locator("#finding-count").textContent()).isEqualTo("1");

            security.navigate(url("/inspections/" + inspection));
            assertThat(security.locator("#inspection-status").textContent()).as("signed off: the hospital sees it").isEqualTo("已提交");
            security.locator("a.ledger-link").click();
            security.waitForURL("**/rectifications/*");
            String item = security.url().replaceAll(".*/rectifications/", "");
            assertThat(security.locator("#owner-department").textContent()).isEqualTo("保卫科");
            assertThat(security.locator("#rectification-status").textContent()).isEqualTo("待整改");
            noSidewaysScroll(security);
            security.navigate(url("/rectifications?open=true"));
            assertThat(security.locator("a[href='/rectifications/" + item + "']").count()).as("in H001's ledger").isEqualTo(1);
            noSidewaysScroll(security);

            security.navigate(url("/rectifications/" + item));
            security.locator("#progress-form textarea[name=note]").fill("杂物已清走，通道畅通");
            security.locator("#progress-form input[type=file]").setInputFiles(new FilePayload("整改后.png", "image/png", PNG));
            security.locator("#fixed").check();
            security.locator("#progress-form button[type=submit]").click();
            security.waitForLoadState();
            assertThat(security.locator("#rectification-status").textContent()).isEqualTo("待验收");
            assertThat(security.locator(".fix-photo").textContent()).contains("整改后.png");
            assertThat(security.locator("#verify-section").count()).as("who recorded the fix cannot verify it").isZero();

            Page leader = HeadlessChromium.signIn(leaderContext, url(""), "leader");
            leader.navigate(url("/rectifications/" + item));
            leader.locator("#verify-note").fill("现场核实，通道畅通");
            leader.locator("#verify-form button[type=submit]").click();
            leader.waitForLoadState();
            assertThat(leader.locator("#rectification-status").textContent()).isEqualTo("已销号");
            assertThat(leader.locator("#verified-by").textContent()).contains("陈院长");

            county.navigate(url("/rectifications/" + item));
            assertThat(county.locator("#rectification-status").textContent()).as("the county sees it closed").isEqualTo("已销号");
        }
    }

    /** The other 17 items through the API as the county (the browser answers the one that matters). */
    private void answerTheRestByApi(String inspection) {
        HttpApi api = new HttpApi(url(""));
        String county = api.bearer("county");
        List<Map<String, Object>> items = JsonPath.read(api.get(county, "/api/v1/inspections/" + inspection), "$.items");
        for (Map<String, Object> item : items) {
            if (item.get("question").toString().startsWith("消防通道")) {
                continue;
            }
            String answer = item.get("answerType").equals("NUMBER")
                    ? (item.get("expected") == null ? "40" : item.get("expected").toString())
                    : Boolean.TRUE.equals(item.get("photoRequired")) ? "NA" : "YES";
            api.put(county, "/api/v1/inspections/" + inspection + "/answers/" + item.get("id"), Json.object("answer", answer));
        }
    }

    private static void noSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("%s wider than the phone", page.url()).isLessThanOrEqualTo(0);
    }

    private static BrowserContext phone(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"));
    }

    private String label(String code) {
        return directory.hospitalLabel(directory.hospitalIdByCode(code).orElseThrow()).orElseThrow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
