package com.safeward.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

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
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/**
 * DSP-1: complaints received by staff or filed on the public page; first-complaint responsibility
 * (the receiver owns it until the next owner accepts a hand-over); feedback deadlines in working
 * days across the National Day holiday and an adjusted working Saturday; reminders, overdue alerts
 * and the DSP-1 verdict; the public page's tickets, honeypot and rate limit.
 */
@SafeWardTest
class ComplaintTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired ComplaintDeadlines deadlines;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
        renewLogins();
    }

    @Test
    void whoeverReceivesAComplaintOwnsItUntilTheColleagueAcceptsTheHandOver() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String recorded = call("doctor", post("/api/v1/complaints"), Json.object("hospitalId", h1, "channel", "IN_PERSON",
                "complainant", "王建国", "phone", "13912345678", "subject", "候诊时间过长", "content",
                "上午挂号后等了三个小时，护士态度生硬"), 201);
        long id = id(recorded);
        assertThat(JsonPath.<String>read(recorded, "$.owner")).isEqualTo("doctor");
        assertThat(JsonPath.<String>read(recorded, "$.complainantMasked")).isEqualTo("王*国");
        assertThat(JsonPath.<String>read(recorded, "$.phoneMasked")).isEqualTo("139****5678");
        assertThat(jdbc.sql("select complainant_cipher from complaints where id = :id").param("id", id)
                .query(String.class).single()).as("sealed at rest").doesNotContain("王建国");

        call("security2", get("/api/v1/complaints/" + id), null, 404);
        call("guard", get("/api/v1/complaints/" + id), null, 403);
        call("county", get("/api/v1/complaints/" + id), null, 200);
        call("county", post("/api/v1/complaints/" + id + "/accept"), null, 403);

        String stranger = call("doctor", post("/api/v1/complaints/" + id + "/handover"),
                Json.object("to", "security2"), 400);
        assertThat(fields(stranger)).containsExactly("to");
        String offered = call("doctor", post("/api/v1/complaints/" + id + "/handover"),
                Json.object("to", "complaints", "note", "涉及护理服务，请医患办处理"), 200);
        assertThat(JsonPath.<String>read(offered, "$.owner")).as("still the doctor's until accepted").isEqualTo("doctor");
        assertThat(JsonPath.<String>read(offered, "$.handoverTo")).isEqualTo("complaints");
        String notYours = call("security", post("/api/v1/complaints/" + id + "/accept"), null, 400);
        assertThat(fields(notYours)).containsExactly("handover");
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices("complaints", "COMPLAINT_HANDOVER") > 0);

        String accepted = call("complaints", post("/api/v1/complaints/" + id + "/accept"), null, 200);
        assertThat(JsonPath.<String>read(accepted, "$.owner")).isEqualTo("complaints");
        assertThat(fields(call("doctor", post("/api/v1/complaints/" + id + "/answer"),
                Json.object("feedback", "已致歉"), 400))).containsExactly("owner");
        call("doctor", get("/api/v1/complaints/" + id), null, 200); // she received it: she still sees it
        assertThat(fields(call("complaints", post("/api/v1/complaints/" + id + "/answer"),
                Json.object("feedback", " "), 400))).containsExactly("feedback");
        String answered = call("complaints", post("/api/v1/complaints/" + id + "/answer"),
                Json.object("findings", "当日门诊量激增", "feedback", "已向您致歉，并增加了上午的分诊护士"), 200);
        assertThat(JsonPath.<String>read(answered, "$.status")).isEqualTo("ANSWERED");
        assertThat(JsonPath.<List<String>>read(answered, "$.trail[*].action"))
                .containsSubsequence("RECEIVED", "HANDED_OVER", "ACCEPTED", "ANSWERED");
        assertThat(JsonPath.<String>read(call("complaints", post("/api/v1/complaints/" + id + "/close"), null, 200),
                "$.status")).isEqualTo("CLOSED");

        String mine = call("complaints", get("/api/v1/complaints?mine=true&status=CLOSED"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(mine, "$.content[*].id")).contains((int) id);
        assertThat(JsonPath.<List<Integer>>read(call("security2", get("/api/v1/complaints"), null, 200),
                "$.content[*].id")).doesNotContain((int) id);
    }

    @Test
    void feedbackIsDueInWorkingDaysAcrossNationalDayAndTheAdjustedSaturday() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        moveTo(LocalDateTime.of(2026, 9, 29, 10, 0));
        String beforeHoliday = register(h1, "国庆前的投诉", false);
        // 5 working days after Tue 29 Sep: 30 Sep, (1–7 Oct holiday), 8 Oct, 9 Oct, Sat 10 Oct (worked), 12 Oct
        assertThat(JsonPath.<String>read(beforeHoliday, "$.feedbackDueOn")).isEqualTo("2026-10-12");
        String several = register(h1, "涉及多个部门的投诉", true);
        assertThat(JsonPath.<String>read(several, "$.feedbackDueOn")).isEqualTo("2026-10-19");

        moveTo(LocalDateTime.of(2026, 10, 9, 16, 0));
        String friday = register(h1, "节后周五的投诉", false);
        // Sat 10 Oct is a working day: 10, 12, 13, 14, 15 Oct
        assertThat(JsonPath.<String>read(friday, "$.feedbackDueOn")).isEqualTo("2026-10-15");
        String extended = call("complaints", post("/api/v1/complaints/" + id(friday) + "/several-departments"), null, 200);
        assertThat(JsonPath.<String>read(extended, "$.feedbackDueOn")).isEqualTo("2026-10-22");
    }

    @Test
    void theOwnerIsRemindedBeforeTheDeadlineAndEveryoneAlertedAfterItOnce() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        moveTo(LocalDateTime.of(2026, 10, 12, 9, 0));
        long id = id(register(h1, "检查报告迟迟未出", false)); // due Mon 19 Oct
        moveTo(LocalDateTime.of(2026, 10, 19, 8, 0));
        deadlines.sweep();
        assertThat(stamp(id, "reminded_at")).isNotNull();
        assertThat(stamp(id, "overdue_at")).isNull();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices("complaints", "COMPLAINT_DUE") > 0);

        moveTo(LocalDateTime.of(2026, 10, 20, 0, 30));
        deadlines.sweep();
        Instant overdue = stamp(id, "overdue_at");
        assertThat(overdue).isNotNull();
        deadlines.sweep();
        assertThat(stamp(id, "overdue_at")).as("once").isEqualTo(overdue);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices("leader", "COMPLAINT_OVERDUE") > 0);
        String list = call("complaints", get("/api/v1/complaints?overdue=true"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(list, "$.content[*].id")).contains((int) id);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "FAIL".equals(dsp1(h1)));
    }

    @Test
    void aPatientFilesOnThePublicPageFollowsItAndAddsToItWithTheTrackingNumber() throws Exception {
        String form = anonymous(get("/api/v1/public/complaints/form?hospital=H001"), null, "203.0.113.7", 200);
        String ticket = JsonPath.read(form, "$.ticket");
        assertThat(JsonPath.<Integer>read(form, "$.process.feedbackWorkingDays")).isEqualTo(5);
        String complaint = Json.object("complainant", "李梅", "phone", "138 0013 8000", "subject", "收费有疑问",
                "content", "住院结算多收了两天床位费，请核实", "ticket", ticket);
        String tooFast = anonymous(post("/api/v1/public/complaints?hospital=H001"), complaint, "203.0.113.7", 400);
        assertThat(fields(tooFast)).containsExactly("ticket");
        clock.advance(Duration.ofSeconds(5));
        String forged = anonymous(post("/api/v1/public/complaints?hospital=H001"), Json.object("complainant", "李梅",
                "phone", "13800138000", "subject", "x", "content", "住院结算多收了两天床位费", "ticket",
                ticket.substring(0, ticket.lastIndexOf('.')) + ".0000"), "203.0.113.7", 400);
        assertThat(fields(forged)).containsExactly("ticket");
        String script = anonymous(post("/api/v1/public/complaints?hospital=H001"), Json.object("complainant", "李梅",
                "phone", "13800138000", "subject", "x", "content", "住院结算多收了两天床位费", "ticket", ticket,
                "website", "http://spam.example"), "203.0.113.7", 400);
        assertThat(fields(script)).containsExactly("ticket");

        String filed = anonymous(post("/api/v1/public/complaints?hospital=H001"), complaint, "203.0.113.7", 201);
        String number = JsonPath.read(filed, "$.trackingNumber");
        assertThat(number).matches("TS[2-9A-HJ-NP-Z]{10}");
        String status = anonymous(get("/api/v1/public/complaints/" + number.toLowerCase()), null, "203.0.113.7", 200);
        assertThat(JsonPath.<String>read(status, "$.status")).isEqualTo("OPEN");
        assertThat(status).doesNotContain("李梅").doesNotContain("13800138000");
        anonymous(get("/api/v1/public/complaints/TS2222222222"), null, "203.0.113.7", 404);
        String added = anonymous(post("/api/v1/public/complaints/" + number + "/additions"),
                Json.object("content", "补充：结算单号 20261012-0031"), "203.0.113.7", 200);
        assertThat(JsonPath.<Integer>read(added, "$.additions")).isEqualTo(1);

        long id = jdbc.sql("select id from complaints where tracking_number = :n").param("n", number)
                .query(Long.class).single();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> notices("complaints", "COMPLAINT_RECEIVED") > 0);
        String unclaimed = call("complaints", get("/api/v1/complaints?unclaimed=true"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(unclaimed, "$.content[*].id")).contains((int) id);
        assertThat(fields(call("complaints", post("/api/v1/complaints/" + id + "/answer"),
                Json.object("feedback", "已核实"), 400))).containsExactly("owner");
        call("complaints", post("/api/v1/complaints/" + id + "/claim"), null, 200);
        call("security", post("/api/v1/complaints/" + id + "/claim"), null, 400);
        call("complaints", post("/api/v1/complaints/" + id + "/answer"),
                Json.object("feedback", "经核实多收两天床位费，已原路退回"), 200);
        String answered = anonymous(get("/api/v1/public/complaints/" + number), null, "203.0.113.7", 200);
        assertThat(JsonPath.<String>read(answered, "$.feedback")).isEqualTo("经核实多收两天床位费，已原路退回");
        assertThat(answered).doesNotContain("complaints");
    }

    /** Issue 17, point 4: each view of the public form starts a session (its CSRF token), so views are limited too. */
    @Test
    void thePublicFormIsShownAtMost120TimesAnHourToOneAddress() throws Exception {
        for (int i = 0; i < 120; i++) {
            anonymous(get("/public/complaints/H002"), null, "198.51.100.77", 200);
        }
        String refused = anonymous(get("/public/complaints/H002").header(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE,
                "zh-CN"), null, "198.51.100.77", 429);
        assertThat(refused).contains("请求过于频繁");
        anonymous(get("/api/v1/public/complaints/form?hospital=H002"), null, "198.51.100.77", 429);
        anonymous(get("/public/complaints/H002"), null, "198.51.100.78", 200);
    }

    @Test
    void onePublicAddressIsHeldToItsHourlyLimit() throws Exception {
        for (int i = 0; i < 60; i++) {
            anonymous(get("/api/v1/public/complaints/TS3333333333"), null, "198.51.100.23", 404);
        }
        String limited = anonymous(get("/api/v1/public/complaints/TS3333333333"), null, "198.51.100.23", 429);
        assertThat(JsonPath.<String>read(limited, "$.detail")).isNotBlank();
        anonymous(get("/api/v1/public/complaints/TS3333333333"), null, "198.51.100.24", 404);

        String page = mvc.perform(get("/public/complaints/H002")).andReturn().getResponse().getContentAsString();
        String ticket = page.replaceAll("(?s).*name=\"ticket\" value=\"([^\"]+)\".*", "$1");
        clock.advance(Duration.ofSeconds(5));
        int status = 0;
        for (int i = 0; i < 6 && status != 429; i++) {
            status = mvc.perform(post("/public/complaints/H002").with(csrf()).with(r -> {
                r.setRemoteAddr("198.51.100.99");
                return r;
            }).param("ticket", ticket).param("complainant", "钱七").param("phone", "13700137001")
                    .param("subject", "重复提交" + i).param("content", "同一地址在一小时内反复提交投诉"))
                    .andReturn().getResponse().getStatus();
        }
        assertThat(status).as("the sixth submission from one address within the hour").isEqualTo(429);
        String refused = mvc.perform(post("/public/complaints/H002").with(csrf()).with(r -> {
            r.setRemoteAddr("198.51.100.99");
            return r;
        }).param("ticket", ticket).param("complainant", "钱七").param("phone", "13700137001").param("subject", "再试")
                .param("content", "同一地址在一小时内反复提交投诉").header(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE,
                        "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请求过于频繁");
    }

    @Test
    void thePublicPageTakesAComplaintFromAPhoneAndTheOfficePrintsTheProcessWithItsQrCode() throws Exception {
        String page = mvc.perform(get("/public/complaints/H001").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("投诉与建议").contains("5 个工作日内");
        String ticket = page.replaceAll("(?s).*name=\"ticket\" value=\"([^\"]+)\".*", "$1");
        clock.advance(Duration.ofSeconds(5));
        var filed = mvc.perform(post("/public/complaints/H001").with(csrf()).with(r -> {
            r.setRemoteAddr("192.0.2.40");
            return r;
        }).param("ticket", ticket).param("complainant", "赵六").param("phone", "13700137000")
                .param("subject", "停车难").param("content", "门诊停车场排队一个小时，希望增加车位"))
                .andReturn().getResponse();
        assertThat(filed.getStatus()).isEqualTo(302);
        assertThat(filed.getRedirectedUrl()).matches(".*/public/complaints/track\\?number=TS\\w{10}");
        String track = mvc.perform(get(filed.getRedirectedUrl()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(track).contains("停车难").contains("办理中").doesNotContain("赵六");
        String blank = mvc.perform(post("/public/complaints/H001").with(csrf()).param("ticket", ticket)
                .param("complainant", "赵六").param("phone", "13700137000").param("subject", "")
                .param("content", "门诊停车场排队一个小时").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("field-error").contains("停车场");
        assertThat(mvc.perform(get("/public/complaints/H999")).andReturn().getResponse().getStatus()).isEqualTo(404);

        mvc.perform(post("/complaints/process").session(logins.session("complaints")).with(csrf())
                .param("office", "医患关系办公室").param("location", "门诊楼一楼东侧").param("phone", "0371-12345678")
                .param("hours", "工作日 8:00-17:30"));
        String sheet = mvc.perform(get("/complaints/process").session(logins.session("doctor"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains("<svg").contains("门诊楼一楼东侧").contains("/public/complaints/H001")
                .doesNotContain("id=\"contacts-form\"");
        assertThat(mvc.perform(post("/complaints/process").session(logins.session("doctor")).with(csrf())
                .param("office", "x").param("location", "x").param("phone", "x").param("hours", "x"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String list = mvc.perform(get("/complaints?unclaimed=true").session(logins.session("complaints"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("停车难").contains("待认领");
    }

    private String register(long hospital, String subject, boolean several) throws Exception {
        return call("complaints", post("/api/v1/complaints"), Json.object("hospitalId", hospital, "channel", "PHONE",
                "subject", subject, "content", "电话反映：" + subject, "severalDepartments", several), 201);
    }

    private void moveTo(LocalDateTime chinaTime) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), chinaTime.atZone(CHINA).toInstant()));
        renewLogins();
    }

    private void renewLogins() {
        List.of("doctor", "complaints", "security", "security2", "county", "guard", "admin", "leader")
                .forEach(logins::renew);
    }

    private Instant stamp(long id, String column) {
        return jdbc.sql("select " + column + " from complaints where id = :id").param("id", id)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single()
                .map(java.sql.Timestamp::toInstant).orElse(null);
    }

    private long notices(String user, String kind) {
        return jdbc.sql("select count(*) from notifications where recipient = :u and kind = :k").param("u", user)
                .param("k", kind).query(Long.class).single();
    }

    private String dsp1(long hospital) throws Exception {
        String statuses = call("admin", get("/api/v1/compliance/hospitals/" + hospital), null, 200);
        return JsonPath.<List<String>>read(statuses, "$[?(@.requirementId == 'DSP-1')].status").get(0);
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static List<String> fields(String problem) {
        return JsonPath.read(problem, "$.errors[*].field");
    }

    private String anonymous(MockHttpServletRequestBuilder request, String body, String address, int expected)
            throws Exception {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
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
