package com.safeward.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/**
 * RSK-2, SUP-2: an inspection's findings become ledger items that close only when someone other
 * than the owner verifies the fix; an unannounced visit stays with its inspectors until submitted;
 * deadlines remind and escalate once, on the test clock.
 */
@SafeWardTest
class LedgerTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired RectificationDeadlines deadlines;

    private boolean clockMoved;

    @AfterEach
    void realTime() {
        clock.reset();
        if (clockMoved) {
            renewTokens();
        }
    }

    /** Tokens expire on the test clock too. */
    private void renewTokens() {
        java.util.stream.Stream.of("security", "security2", "leader", "county").forEach(logins::renew);
    }

    /** SUP-2 暗访 and RSK-2 实销账, end to end through the API. */
    @Test
    void anUnannouncedVisitsFindingIsFixedByItsOwnerAndVerifiedBySomeoneElse() throws Exception {
        long h1 = hospital("H001");
        String inspection = call("county", post("/api/v1/inspections"), Json.object("hospitalId", h1,
                "templateId", template("SAFE_HOSPITAL"), "kind", "UNANNOUNCED"), 201);
        int id = JsonPath.read(inspection, "$.id");
        assertThat(status("security", get("/api/v1/inspections/" + id), null)).as("暗访: hidden until submitted").isEqualTo(404);
        assertThat(call("security", get("/api/v1/inspections?size=100"), null, 200)).doesNotContain("\"id\":" + id + ",");
        assertThat(status("city", get("/api/v1/inspections/" + id), null)).as("another body's visit in progress").isEqualTo(404);

        int fireExit = answerAll(id, inspection);
        MockHttpServletResponse early = perform("county", post("/api/v1/inspections/" + id + "/submit"),
                Json.object("conclusion", "消防通道堵塞"));
        assertThat(early.getStatus()).as("a required photo is missing").isEqualTo(400);
        assertThat(early.getContentAsString()).contains("\"field\":\"items\"");
        photo("county", "/api/v1/inspections/" + id + "/answers/" + fireExit + "/photos", 201);
        String submitted = call("county", post("/api/v1/inspections/" + id + "/submit"), Json.object("conclusion", "消防通道堵塞，限期整改"), 200);
        assertThat(JsonPath.<Integer>read(submitted, "$.findingCount")).isEqualTo(1);
        List<Integer> opened = JsonPath.read(submitted, "$.items[?(@.id == " + fireExit + ")].rectificationId");
        int rectification = opened.get(0);

        assertThat(status("security", get("/api/v1/inspections/" + id), null)).isEqualTo(200);
        String item = call("security", get("/api/v1/rectifications/" + rectification), null, 200);
        assertThat(JsonPath.<String>read(item, "$.ownerDepartmentName")).isEqualTo("保卫科");
        assertThat(JsonPath.<String>read(item, "$.source")).isEqualTo("INSPECTION");
        assertThat(JsonPath.<String>read(item, "$.problem")).contains("消防通道畅通").contains("三楼东侧");
        assertThat(JsonPath.<List<?>>read(item, "$.findingPhotos")).hasSize(1);

        photo("security", "/api/v1/rectifications/" + rectification + "/photos", 201);
        call("security", post("/api/v1/rectifications/" + rectification + "/progress"),
                Json.object("note", "杂物已清走", "fixed", true), 200);
        MockHttpServletResponse own = perform("security", post("/api/v1/rectifications/" + rectification + "/verify"), "{}");
        assertThat(own.getStatus()).as("who recorded the fix cannot verify it").isEqualTo(400);
        assertThat(own.getContentAsString()).contains("\"field\":\"verifier\"");
        String closed = call("leader", post("/api/v1/rectifications/" + rectification + "/verify"), Json.object("note", "现场核实"), 200);
        assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
        assertThat(JsonPath.<String>read(closed, "$.verifiedBy")).isEqualTo("leader");
        assertThat(JsonPath.<List<String>>read(closed, "$.trail[*].action")).containsExactly("OPENED", "FIXED", "VERIFIED");

        assertThat(JsonPath.<String>read(call("county", get("/api/v1/rectifications/" + rectification), null, 200), "$.status"))
                .isEqualTo("CLOSED");
        inbox.await("county", "RECTIFICATION_CLOSED", "/rectifications/" + rectification);
        inbox.await("security", "INSPECTION_SUBMITTED", "/inspections/" + id);
    }

    /** SUP-1: another hospital, a hospital's staff who do not own it, and police who did not raise it get 404. */
    @Test
    void theLedgerIsSeenOnlyWhereItBelongs() throws Exception {
        long item = openByHand("county", hospital("H001"), "CRITICAL", null);
        assertThat(status("security2", get("/api/v1/rectifications/" + item), null)).isEqualTo(404);
        assertThat(status("security2", post("/api/v1/rectifications/" + item + "/verify"), "{}")).isEqualTo(404);
        assertThat(status("doctor", get("/api/v1/rectifications/" + item), null)).as("not the doctor's department's").isEqualTo(404);
        assertThat(status("police", get("/api/v1/rectifications/" + item), null)).as("raised by the county, not the station").isEqualTo(404);
        assertThat(status("city", get("/api/v1/rectifications/" + item), null)).isEqualTo(200);
        assertThat(call("county", get("/api/v1/rectifications?raisedByUs=true&size=200"), null, 200))
                .as("what the county's own inspections raised").contains("\"id\":" + item + ",");
        assertThat(call("city", get("/api/v1/rectifications?raisedByUs=true&size=200"), null, 200))
                .as("the city sees it, but did not raise it").doesNotContain("\"id\":" + item + ",");
        assertThat(status("guard", post("/api/v1/rectifications/" + item + "/verify"), "{}")).isEqualTo(403);
        long cityFinding = openByHand("city", hospital("H002"), "MINOR", null);
        assertThat(status("county", get("/api/v1/rectifications/" + cityFinding), null)).as("H002 is not in 中原区").isEqualTo(404);
        assertThat(status("county", post("/api/v1/rectifications/" + cityFinding + "/reject"), "{}")).isEqualTo(404);
        assertThat(status("province", get("/api/v1/rectifications/" + cityFinding), null)).isEqualTo(200);
        MockHttpServletResponse export = perform("security", get("/api/v1/rectifications/export?open=true"), null);
        assertThat(export.getContentType()).as(export.getContentAsString()).contains("spreadsheetml");
        assertThat(export.getContentAsByteArray()).startsWith('P', 'K');
    }

    /** RSK-2: reminded before the deadline and escalated once overdue (to the county that raised it), each once. */
    @Test
    void anOpenItemIsRemindedThenEscalatedOnceOnTheClock() throws Exception {
        long item = openByHand("county", hospital("H001"), "MAJOR", null);
        String body = call("security", get("/api/v1/rectifications/" + item), null, 200);
        java.time.Instant due = java.time.Instant.parse(JsonPath.read(body, "$.dueAt"));
        assertThat(Duration.between(clock.instant(), due)).as("MAJOR: 7 days, to the end of the day")
                .isBetween(Duration.ofDays(7), Duration.ofDays(8));

        clockMoved = true;
        clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofHours(47))));
        renewTokens();
        deadlines.sweep();
        deadlines.sweep();
        assertThat(actions(item)).containsOnlyOnce("REMINDED").doesNotContain("OVERDUE");
        inbox.await("security", "RECTIFICATION_DUE", "/rectifications/" + item);

        clock.advance(Duration.ofHours(48));
        renewTokens();
        deadlines.sweep();
        deadlines.sweep();
        assertThat(actions(item)).containsOnlyOnce("OVERDUE");
        inbox.await("leader", "RECTIFICATION_OVERDUE", "/rectifications/" + item);
        inbox.await("county", "RECTIFICATION_OVERDUE", "/rectifications/" + item);
        assertThat(inbox.of("security2", "RECTIFICATION_OVERDUE", "/rectifications/" + item)).isEmpty();
        assertThat(call("security", get("/api/v1/rectifications?overdue=true&size=200"), null, 200)).contains("\"id\":" + item + ",");
    }

    /** An app syncs several answers at once: all or none, the invalid one named by its place in the list. */
    @Test
    void severalAnswersAreKeptTogetherOrNotAtAll() throws Exception {
        String started = call("security", post("/api/v1/inspections"), Json.object("hospitalId", hospital("H001"),
                "templateId", template("TECHNICAL"), "kind", "SELF_CHECK"), 201);
        int id = JsonPath.read(started, "$.id");
        List<Integer> items = JsonPath.read(started, "$.items[*].id");
        MockHttpServletResponse invalid = perform("security", post("/api/v1/inspections/" + id + "/answers"),
                "[{\"itemId\":" + items.get(0) + ",\"answer\":\"YES\"},{\"itemId\":" + items.get(4) + ",\"answer\":\"八小时\"}]");
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("\"field\":\"answers[1].answer\"");
        assertThat(JsonPath.<List<Object>>read(call("security", get("/api/v1/inspections/" + id), null, 200),
                "$.items[?(@.outcome)]")).as("none kept").isEmpty();
        String kept = call("security", post("/api/v1/inspections/" + id + "/answers"),
                "[{\"itemId\":" + items.get(0) + ",\"answer\":\"YES\"},{\"itemId\":" + items.get(4) + ",\"answer\":\"6\"}]", 200);
        assertThat(JsonPath.<List<String>>read(kept, "$[*].outcome")).containsExactly("COMPLIANT", "FINDING");
        assertThat(status("security2", post("/api/v1/inspections/" + id + "/answers"), "[]")).isEqualTo(404);
    }

    /** SUP-2: editing a checklist makes a new version; a started inspection keeps its items; only its region's regulators edit. */
    @Test
    void editingAChecklistMakesANewVersionAndPastInspectionsKeepTheirs() throws Exception {
        long fire = template("FIRE_SAFETY");
        String started = call("security", post("/api/v1/inspections"),
                Json.object("hospitalId", hospital("H001"), "templateId", fire, "kind", "SELF_CHECK"), 201);
        int items = JsonPath.<List<?>>read(started, "$.items").size();
        assertThat(status("county", post("/api/v1/checklists/" + fire + "/items"), Json.object("section", "巡查",
                "question", "夜间巡查", "answerType", "YES_NO", "severity", "MINOR"))).as("every region's template: admins only").isEqualTo(400);
        String v2 = call("admin", post("/api/v1/checklists/" + fire + "/items"), Json.object("section", "巡查",
                "question", "配电室无杂物堆放", "answerType", "YES_NO", "severity", "MAJOR", "requirementId", "FIR-1"), 201);
        assertThat(JsonPath.<Integer>read(v2, "$.version")).isGreaterThan(1);
        assertThat(JsonPath.<List<?>>read(v2, "$.items")).hasSize(JsonPath.<List<?>>read(call("admin",
                get("/api/v1/checklists/" + fire), null, 200), "$.items").size() + 1);
        assertThat(JsonPath.<List<?>>read(call("security", get("/api/v1/inspections/" + JsonPath.read(started, "$.id")), null, 200),
                "$.items")).hasSize(items);
        assertThat(status("security", post("/api/v1/inspections"), Json.object("hospitalId", hospital("H001"),
                "templateId", fire, "kind", "SELF_CHECK"))).as("an old version is not used for new inspections").isEqualTo(400);
        // a hospital's own items: its own hospital only (issue 17: the template is shared, the hospital is the body's)
        String item = Json.object("section", "自查", "question", "急诊分诊台一键报警可用", "answerType", "YES_NO",
                "severity", "MAJOR");
        String refused = call("security2", post("/api/v1/checklists/" + JsonPath.read(v2, "$.id") + "/hospital-items"),
                Json.object("section", "自查", "question", "急诊分诊台一键报警可用", "answerType", "YES_NO", "severity",
                        "MAJOR", "hospitalId", hospital("H001")), 400);
        assertThat(JsonPath.<List<String>>read(refused, "$.errors[*].field")).containsExactly("hospitalId");
        call("security", post("/api/v1/checklists/" + JsonPath.read(v2, "$.id") + "/hospital-items"), item, 201);
        assertThat(status("security", post("/api/v1/inspections"), Json.object("hospitalId", hospital("H001"),
                "templateId", JsonPath.read(v2, "$.id"), "kind", "UNANNOUNCED"))).as("hospitals make self-checks").isEqualTo(400);
    }

    /** The pages render for the people who use them (the browser tests drive them; this names a broken template fast). */
    @Test
    void thePagesRenderForTheirUsers() throws Exception {
        String started = call("county", post("/api/v1/inspections"), Json.object("hospitalId", hospital("H001"),
                "templateId", template("SAFE_HOSPITAL"), "kind", "SPOT_CHECK"), 201);
        int inspection = JsonPath.read(started, "$.id");
        long item = openByHand("security", hospital("H001"), "MINOR", null);
        for (String user : List.of("county", "security", "leader")) {
            for (String path : List.of("/inspections", "/inspections/" + inspection, "/inspections/results",
                    "/inspections/new", "/checklists", "/checklists/" + template("SAFE_HOSPITAL"), "/rectifications",
                    "/rectifications/" + item, "/rectifications/new")) {
                MockHttpServletResponse page = mvc.perform(get(path).session(logins.session(user))).andReturn().getResponse();
                assertThat(page.getStatus()).as(user + " " + path + ": " + page.getContentAsString()).isEqualTo(200);
            }
        }
        String answering = mvc.perform(get("/inspections/" + inspection).session(logins.session("county"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(answering).contains("answer-form").contains("消防通道畅通");
        assertThat(mvc.perform(get("/rectifications/" + item).session(logins.session("guard"))).andReturn().getResponse()
                .getStatus()).as("not the guard's").isEqualTo(404);
    }

    /** Answers every item: YES, the minimum for numbers, NA where a photo would be needed, NO for the fire exit; its id. */
    private int answerAll(int id, String inspection) throws Exception {
        List<java.util.Map<String, Object>> items = JsonPath.read(inspection, "$.items");
        int fireExit = -1;
        for (java.util.Map<String, Object> item : items) {
            Object expected = item.get("expected");
            String answer = item.get("answerType").equals("NUMBER") ? (expected == null ? "40" : expected.toString())
                    : Boolean.TRUE.equals(item.get("photoRequired")) ? "NA" : "YES";
            String body = Json.object("answer", answer);
            int itemId = ((Number) item.get("id")).intValue();
            if (item.get("question").toString().startsWith("消防通道")) {
                fireExit = itemId;
                body = Json.object("answer", "NO", "note", "三楼东侧消防通道堆放杂物", "place", "住院楼3F东侧");
            }
            call("county", put("/api/v1/inspections/" + id + "/answers/" + itemId), body, 200);
        }
        return fireExit;
    }

    private long openByHand(String user, long hospital, String severity, String due) throws Exception {
        String body = call(user, post("/api/v1/rectifications"), Json.object("hospitalId", hospital, "problem",
                "门诊楼一层灭火器过期", "severity", severity, "source", "OTHER"), 201);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private List<String> actions(long item) throws Exception {
        return JsonPath.read(call("security", get("/api/v1/rectifications/" + item), null, 200), "$.trail[*].action");
    }

    private long template(String code) throws Exception {
        List<Integer> ids = JsonPath.read(call("admin", get("/api/v1/checklists"), null, 200), "$[?(@.code == '" + code + "')].id");
        return ids.get(0);
    }

    private long hospital(String code) {
        return directory.hospitalIdByCode(code).orElseThrow();
    }

    private void photo(String user, String path, int expected) throws Exception {
        assertThat(mvc.perform(multipart(path).file(new MockMultipartFile("file", "现场.png", "image/png", PNG))
                .header(HttpHeaders.AUTHORIZATION, logins.bearer(user))).andReturn().getResponse().getStatus())
                .isEqualTo(expected);
    }

    private String call(String user, MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        MockHttpServletResponse response = perform(user, request, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    private int status(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return perform(user, request, body).getStatus();
    }

    private MockHttpServletResponse perform(String user, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, logins.bearer(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
