package com.safeward.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestIdentities;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Medical disputes: opened from a complaint, the patient side sealed and capped (DSP-9, DSP-3),
 * liability before compensation (DSP-4: 409 and the rule proven by the data), no mediation while the
 * linked disturbance goes on (INC-5), sessions capped and recorded (DSP-3, DSP-8), the written notice
 * and its delivery (DSP-2), leaders in charge and their escalation (DSP-5), risk flags that alert
 * security and propose the watchlist (DSP-9), the review that closes a dispute into the ledger (DSP-7),
 * statistics for the hospital and the region.
 */
@SafeWardTest
class DisputeTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired DisputeLeaderSweep leaderSweep;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
        List.of("complaints", "leader", "security", "security2", "county", "guard", "admin", "hadmin", "doctor")
                .forEach(logins::renew);
    }

    @Test
    void aComplaintBecomesADisputeWhosePaymentWaitsForTheLiabilityDetermination() throws Exception {
        long h1 = h1();
        String complaint = call("complaints", post("/api/v1/complaints"), Json.object("hospitalId", h1, "channel",
                "IN_PERSON", "subject", "术后感染", "content", "患者家属认为术后感染系医院消毒不严所致，要求赔偿"), 201);
        long complaintId = id(complaint);
        String notOwner = call("leader", post("/api/v1/disputes"), Json.object("hospitalId", h1, "complaintId",
                complaintId, "summary", "术后感染纠纷"), 400);
        assertThat(JsonPath.<List<String>>read(notOwner, "$.errors[*].field")).as("首诉负责制").containsExactly("complaintId");
        String opened = call("complaints", post("/api/v1/disputes"), Json.object("hospitalId", h1, "complaintId",
                complaintId, "summary", "术后感染纠纷，家属索赔", "claimedAmount", 80000, "staffInvolved", "普外科 李医生"), 201);
        long id = id(opened);
        assertThat(JsonPath.<String>read(call("complaints", get("/api/v1/complaints/" + complaintId), null, 200),
                "$.status")).isEqualTo("ESCALATED");
        call("security2", get("/api/v1/disputes/" + id), null, 404);
        call("guard", get("/api/v1/disputes/" + id), null, 403);
        call("county", get("/api/v1/disputes/" + id), null, 200);
        call("county", post("/api/v1/disputes/" + id + "/compensation"), Json.object("amount", 1000, "paidOn",
                today().toString()), 403);

        String early = call("complaints", post("/api/v1/disputes/" + id + "/compensation"),
                Json.object("amount", 30000, "paidOn", today().toString()), 409);
        assertThat(JsonPath.<String>read(early, "$.detail")).contains("DSP-4");
        assertThat(JsonPath.<List<String>>read(early, "$.errors[*].field")).containsExactly("amount");
        assertThat(jdbc.sql("select count(*) from dispute_payments where dispute_id = :d").param("d", id)
                .query(Long.class).single()).as("nothing recorded").isZero();

        call("complaints", post("/api/v1/disputes/" + id + "/liability"), Json.object("basis", "APPRAISAL"), 400);
        call("complaints", post("/api/v1/disputes/" + id + "/liability"), Json.object("basis", "APPRAISAL",
                "finding", "医疗损害鉴定：医方存在轻微责任，责任程度 20%"), 200);
        call("complaints", post("/api/v1/disputes/" + id + "/liability"), Json.object("basis", "COURT_JUDGMENT",
                "finding", "再认定"), 400);
        call("complaints", post("/api/v1/disputes/" + id + "/compensation"), Json.object("amount", -5, "paidOn",
                today().toString()), 400);
        String paid = call("complaints", post("/api/v1/disputes/" + id + "/compensation"),
                Json.object("amount", 16000.50, "paidOn", today().toString(), "reference", "财务凭证 2026-1201"), 200);
        assertThat(JsonPath.<Double>read(paid, "$.paid")).isEqualTo(16000.50);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "PASS".equals(status(h1, "DSP-4")));
    }

    @Test
    void mediationWaitsUntilTheLinkedDisturbanceIsUnderControlAndSessionsKeepTheCap() throws Exception {
        long h1 = h1();
        long area = directory.areaChoices(h1).get(0).id();
        long incident = id(call("security", post("/api/v1/incidents"), Json.object("hospitalId", h1, "areaId", area,
                "incidentType", "GROUP_DISTURBANCE", "description", "家属聚集在门诊大厅"), 201));
        long id = id(call("complaints", post("/api/v1/disputes"), Json.object("hospitalId", h1, "summary",
                "患者死亡后家属聚集", "incidentId", incident, "claimedAmount", 500000), 201));

        String refused = call("complaints", post("/api/v1/disputes/" + id + "/channels"),
                Json.object("kind", "PEOPLES_MEDIATION", "body", "区医调委"), 409);
        assertThat(JsonPath.<String>read(refused, "$.detail")).contains("#" + incident).contains("INC-5");
        String court = call("complaints", post("/api/v1/disputes/" + id + "/channels"),
                Json.object("kind", "INSURANCE_CLAIM", "body", "某保险公司"), 200);
        assertThat(JsonPath.<Boolean>read(court, "$.channels[0].insurerNotified")).as("500000 > 10000").isTrue();

        call("security", post("/api/v1/incidents/" + incident + "/status"), Json.object("status", "CONTROLLED"), 200);
        String mediation = call("complaints", post("/api/v1/disputes/" + id + "/channels"),
                Json.object("kind", "PEOPLES_MEDIATION", "body", "区医调委", "reference", "医调〔2026〕18号"), 200);
        long channel = ((Number) JsonPath.read(mediation, "$.channels[1].id")).longValue();
        byte[] agreementPdf = "%PDF-1.4\n%调解协议\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MockHttpServletResponse uploaded = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/disputes/" + id + "/channels/" + channel + "/documents")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "调解申请书.pdf", "application/pdf", agreementPdf))
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("complaints"))).andReturn().getResponse();
        assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(201);
        long document = ((Number) JsonPath.read(uploaded.getContentAsString(), "$.id")).longValue();
        assertThat(JsonPath.<List<String>>read(call("county", get("/api/v1/disputes/" + id + "/channels/" + channel
                + "/documents"), null, 200), "$[*].filename")).containsExactly("调解申请书.pdf");
        call("security2", get("/api/v1/disputes/" + id + "/channels/" + channel + "/documents/" + document), null, 404);
        call("county", get("/api/v1/disputes/" + id + "/channels/" + channel + "/documents/" + document), null, 200);

        long h2Dispute = id(call("security2", post("/api/v1/disputes"), Json.object("hospitalId",
                directory.hospitalIdByCode("H002").orElseThrow(), "summary", "二七区医院的纠纷"), 201));
        String wrongHospital = call("county", post("/api/v1/risk-letters"), Json.object("hospitalId", h1, "title",
                "关于该纠纷的风险提示", "content", "家属多次聚集，请防范", "dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai"))
                        .plusDays(7).toString(), "disputeId", h2Dispute), 400);
        assertThat(JsonPath.<List<String>>read(wrongHospital, "$.errors[*].field")).containsExactly("disputeId");
        String letter = call("county", post("/api/v1/risk-letters"), Json.object("hospitalId", h1, "title",
                "关于该纠纷的风险提示", "content", "家属多次聚集，请防范", "dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai"))
                        .plusDays(7).toString(), "disputeId", id), 201);
        assertThat(((Number) JsonPath.read(letter, "$.disputeId")).longValue()).isEqualTo(id);

        String crowd = call("complaints", post("/api/v1/disputes/" + id + "/sessions?channelId=" + channel),
                Json.object("heldAt", "2026-12-01T14:00:00", "place", "医调委调解室", "recorded", true,
                        "patientSideCount", 6), 400);
        assertThat(JsonPath.<List<String>>read(crowd, "$.errors[*].field")).containsExactly("patientSideCount");
        String held = call("complaints", post("/api/v1/disputes/" + id + "/sessions?channelId=" + channel),
                Json.object("heldAt", "2026-12-01T14:00:00", "place", "医调委调解室", "recorded", true,
                        "patientSideCount", 5, "summary", "双方陈述，约定下次调解"), 200);
        assertThat(JsonPath.<Boolean>read(held, "$.channels[1].sessions[0].recorded")).isTrue();
        String noReason = call("complaints", post("/api/v1/disputes/" + id + "/channels/" + channel + "/conclusion"),
                Json.object("outcome", "REFUSED"), 400);
        assertThat(JsonPath.<List<String>>read(noReason, "$.errors[*].field")).containsExactly("note");
        String guided = call("complaints", post("/api/v1/disputes/" + id + "/channels/" + channel + "/conclusion"),
                Json.object("outcome", "REFUSED", "note", "患方拒绝调解，已告知可向人民法院起诉"), 200);
        assertThat(JsonPath.<String>read(guided, "$.channels[1].outcome")).isEqualTo("REFUSED");
        call("complaints", post("/api/v1/disputes/" + id + "/sessions?channelId=" + channel),
                Json.object("heldAt", "2026-12-02T09:00:00", "place", "调解室", "patientSideCount", 2), 400);
    }

    @Test
    void aFlagAlertsSecurityProposesThePatientSideAndNeedsALeaderWhoIsToldOrEscalated() throws Exception {
        long h1 = h1();
        long id = id(call("complaints", post("/api/v1/disputes"), Json.object("hospitalId", h1, "summary",
                "家属扬言报复主治医生"), 201));
        String documentNumber = TestIdentities.residentId("19800101");
        String party = call("complaints", post("/api/v1/disputes/" + id + "/parties"), Json.object("role", "PATIENT",
                "name", "周大成", "phone", "13512345678", "documentType", "RESIDENT_ID", "documentNumber", documentNumber), 200);
        assertThat(JsonPath.<String>read(party, "$.parties[0].nameMasked")).isEqualTo("周*成");
        assertThat(party).doesNotContain(documentNumber).doesNotContain("13512345678");
        for (int i = 0; i < 5; i++) {
            call("complaints", post("/api/v1/disputes/" + id + "/parties"), Json.object("role", "REPRESENTATIVE",
                    "name", "代表" + i, "relation", "亲属"), 200);
        }
        String sixth = call("complaints", post("/api/v1/disputes/" + id + "/parties"),
                Json.object("role", "REPRESENTATIVE", "name", "代表六", "relation", "亲属"), 400);
        assertThat(JsonPath.<List<String>>read(sixth, "$.errors[*].field")).containsExactly("role");

        String flagged = call("security", post("/api/v1/disputes/" + id + "/flags"),
                Json.object("threatToStaff", true, "petitionRisk", false, "criminalRisk", true), 200);
        assertThat(JsonPath.<Boolean>read(flagged, "$.needsLeader")).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices("security", "DISPUTE_RISK") > 0);
        Map<String, Object> proposal = jdbc.sql("select status, evidence, category from watchlist_persons where "
                + "evidence = :e").param("e", "/disputes/" + id).query().singleRow();
        assertThat(proposal.get("status")).isEqualTo("PROPOSED");
        assertThat(proposal.get("category")).isEqualTo("THREATS_TO_HARM_STAFF");
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'PERSONAL_DATA_VIEWED' and entity_type = "
                + "'DisputeParty'").query(Long.class).single()).as("reading the sealed identity is audited").isPositive();

        String due = call("county", get("/api/v1/disputes?needsLeader=true"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(due, "$.content[*].id")).contains((int) id);
        assertThat(leaderSweep.sweep()).isPositive();
        assertThat(leaderSweep.sweep()).as("once").isZero();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices("county", "DISPUTE_LEADER_OVERDUE") > 0);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "FAIL".equals(status(h1, "DSP-5")));

        call("complaints", post("/api/v1/disputes/" + id + "/leader"), Json.object("leader", "leader"), 403);
        String notLeader = call("hadmin", post("/api/v1/disputes/" + id + "/leader"), Json.object("leader", "security"), 400);
        assertThat(JsonPath.<List<String>>read(notLeader, "$.errors[*].field")).containsExactly("leader");
        call("hadmin", post("/api/v1/disputes/" + id + "/leader"), Json.object("leader", "leader"), 200);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices("leader", "DISPUTE_LEADER") > 0);
        String mine = call("leader", get("/api/v1/disputes?leader=leader"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(mine, "$.content[*].id")).contains((int) id);
        assertThat(JsonPath.<Boolean>read(call("leader", get("/api/v1/disputes/" + id), null, 200), "$.needsLeader"))
                .isFalse();
    }

    @Test
    void theNoticeIsAChinesePdfWhoseDeliveryIsRecordedAndTheReviewClosesIntoTheLedger() throws Exception {
        long h1 = h1();
        long ed = directory.departmentByCode(h1, "ED").orElseThrow().id();
        long id = id(call("complaints", post("/api/v1/disputes"), Json.object("hospitalId", h1, "departmentId", ed,
                "summary", "急诊候诊时间过长引发争执"), 201));
        MockHttpServletResponse pdf = mvc.perform(get("/api/v1/disputes/" + id + "/notice/pdf")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("complaints"))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        call("complaints", post("/api/v1/disputes/" + id + "/notice"), Json.object("delivery", "REFUSED"), 400);
        call("complaints", post("/api/v1/disputes/" + id + "/notice"), Json.object("delivery", "SIGNED",
                "recipient", "患者之子"), 200);
        assertThat(JsonPath.<List<String>>read(call("county", get("/api/v1/disputes/" + id + "/notice"), null, 200),
                "$[*].delivery")).containsExactly("SIGNED");

        call("complaints", post("/api/v1/disputes/" + id + "/review"), Json.object("causeCategory", "NOT_A_CAUSE",
                "causeAnalysis", "x", "lessons", "x", "measures", "x"), 400);
        String closed = call("complaints", post("/api/v1/disputes/" + id + "/review"), Json.object(
                "causeCategory", "COMMUNICATION", "causeAnalysis", "高峰时段未告知预计候诊时间", "lessons", "及时沟通",
                "measures", "急诊候诊区增设叫号屏\n分诊护士每30分钟巡视候诊患者\n\n"), 200);
        assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
        List<Map<String, Object>> ledger = jdbc.sql("select problem, owner_department_id, requirement_id from "
                + "rectifications where source = 'DISPUTE_REVIEW' and source_ref = :r order by id")
                .param("r", "dispute:" + id).query().listOfRows();
        assertThat(ledger).extracting(r -> r.get("problem")).containsExactly("急诊候诊区增设叫号屏", "分诊护士每30分钟巡视候诊患者");
        assertThat(ledger).extracting(r -> ((Number) r.get("owner_department_id")).longValue()).containsOnly(ed);
        assertThat(JsonPath.<String>read(call("county", get("/api/v1/disputes/" + id + "/review"), null, 200),
                "$.cause")).isEqualTo("医患沟通");
        call("complaints", post("/api/v1/disputes/" + id + "/channels"), Json.object("kind", "NEGOTIATION"), 400);

        String figures = call("county", get("/api/v1/disputes/statistics"), null, 200);
        assertThat(JsonPath.<Integer>read(figures, "$.closed")).isPositive();
        assertThat(JsonPath.<List<String>>read(figures, "$.byCause[*].label")).contains("医患沟通");
        String other = call("security2", get("/api/v1/disputes/statistics"), null, 200);
        assertThat(JsonPath.<List<String>>read(other, "$.byCause[*].label")).doesNotContain("医患沟通");
        MockHttpServletResponse xlsx = mvc.perform(get("/api/v1/disputes/statistics/xlsx")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("county"))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "PASS".equals(status(h1, "DSP-7")));
        String page = mvc.perform(get("/disputes/statistics").session(logins.session("county"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("按原因").contains("医患沟通").contains("figures-byDuration");
        String detail = mvc.perform(get("/disputes/" + id).session(logins.session("complaints"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("复盘").contains("急诊候诊区增设叫号屏").contains("患方签收");
    }

    private long h1() {
        return directory.hospitalIdByCode("H001").orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private long notices(String user, String kind) {
        return jdbc.sql("select count(*) from notifications where recipient = :u and kind = :k").param("u", user)
                .param("k", kind).query(Long.class).single();
    }

    private String status(long hospital, String requirement) throws Exception {
        String statuses = call("admin", get("/api/v1/compliance/hospitals/" + hospital), null, 200);
        return JsonPath.<List<String>>read(statuses, "$[?(@.requirementId == '" + requirement + "')].status").get(0);
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private String call(String user, MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, logins.bearer(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }
}
