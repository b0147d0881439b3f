package com.safeward.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

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
 * DSP-6: a risk prompt letter is logged against a hospital, read by its leader, answered with
 * measures and closed before its deadline; one left open past it becomes overdue once, both sides
 * are told, and the hospital fails DSP-6.
 */
@SafeWardTest
class RiskLetterTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired RiskLetters letters;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
        List.of("county", "security", "leader", "security2", "complaints", "admin").forEach(logins::renew);
    }

    @Test
    void aLetterIsReadAnsweredAndClosedByTheHospitalItWasSentTo() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
        String letter = call("county", post("/api/v1/risk-letters"), Json.object("hospitalId", h1, "title",
                "关于近期医疗纠纷风险的提示", "content", "近期辖区内医疗纠纷多发，请加强排查", "dueDate", due), 201);
        long id = ((Number) JsonPath.read(letter, "$.id")).longValue();
        assertThat(JsonPath.<String>read(letter, "$.authority")).as("the county's own name").isNotBlank();
        assertThat(JsonPath.<Object>read(letter, "$.issuedByRegionId")).isNotNull();

        call("security2", get("/api/v1/risk-letters/" + id), null, 404);
        call("security", post("/api/v1/risk-letters/" + id + "/read"), null, 403);
        String early = call("security", post("/api/v1/risk-letters/" + id + "/close"), null, 400);
        assertThat(JsonPath.<List<String>>read(early, "$.errors[*].field")).containsExactly("read");
        call("leader", post("/api/v1/risk-letters/" + id + "/read"), null, 200);
        String blank = call("complaints", post("/api/v1/risk-letters/" + id + "/measures"), Json.object("measures", " "), 400);
        assertThat(JsonPath.<List<String>>read(blank, "$.errors[*].field")).containsExactly("measures");
        call("complaints", post("/api/v1/risk-letters/" + id + "/measures"),
                Json.object("measures", "已组织纠纷排查，重点患者纳入领导包案"), 200);
        String closed = call("security", post("/api/v1/risk-letters/" + id + "/close"), null, 200);
        assertThat(JsonPath.<String>read(closed, "$.stage")).isEqualTo("CLOSED");
        assertThat(JsonPath.<String>read(call("county", get("/api/v1/risk-letters/" + id), null, 200), "$.readBy"))
                .isEqualTo("leader");

        String paper = call("security", post("/api/v1/risk-letters"), Json.object("hospitalId", h1, "title", "纸质来函",
                "content", "内容", "dueDate", due), 400);
        assertThat(JsonPath.<List<String>>read(paper, "$.errors[*].field")).containsExactly("authority");
        call("security", post("/api/v1/risk-letters"), Json.object("hospitalId", directory.hospitalIdByCode("H002")
                .orElseThrow(), "authority", "市卫健委", "title", "纸质来函", "content", "内容", "dueDate", due), 400);
        call("doctor", post("/api/v1/risk-letters"), Json.object("hospitalId", h1, "authority", "市卫健委",
                "title", "纸质来函", "content", "内容", "dueDate", due), 403);
    }

    @Test
    void aLetterLeftOpenPastItsDeadlineIsOverdueOnceAndFailsDsp6() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String paper = call("security", post("/api/v1/risk-letters"), Json.object("hospitalId", h1,
                "authority", "省卫健委", "reference", "豫卫提〔2026〕3号", "title", "节前风险提示", "content", "加强节日值守",
                "dueDate", due), 201);
        long id = ((Number) JsonPath.read(paper, "$.id")).longValue();
        assertThat(JsonPath.<java.util.Map<String, Object>>read(paper, "$").get("issuedByRegionId"))
                .as("entered from paper: no region of SafeWard issued it").isNull();
        clock.advance(Duration.ofDays(3));
        List.of("county", "security", "leader", "admin").forEach(logins::renew);
        assertThat(letters.sweep()).isPositive();
        assertThat(letters.sweep()).as("once").isZero();
        assertThat(JsonPath.<String>read(call("security", get("/api/v1/risk-letters/" + id), null, 200), "$.overdueAt"))
                .isNotNull();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("select count(*) from "
                + "notifications where recipient = 'leader' and kind = 'RISK_LETTER_OVERDUE'").query(Long.class).single() > 0);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "FAIL".equals(dsp6(h1)));
        String page = mvc.perform(get("/risk-letters/" + id).session(logins.session("leader"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("逾期").contains("已阅知");
    }

    private String dsp6(long hospital) throws Exception {
        String statuses = call("admin", get("/api/v1/compliance/hospitals/" + hospital), null, 200);
        return JsonPath.<List<String>>read(statuses, "$[?(@.requirementId == 'DSP-6')].status").get(0);
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
