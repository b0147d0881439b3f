package com.safeward.compliance;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/**
 * SUP-2: the Safe Hospital annual assessment assembled from the year's evaluations and inspections;
 * a regulator above the hospital finalises it once the year is over, and then it no longer changes.
 */
@SafeWardTest
class SafeHospitalAssessmentTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired ComplianceEvaluation evaluation;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
        renewLogins();
    }

    /**
     * H002 and the province (H001's assessment is the browser test's: in the integration profile the
     * test contexts share one database, and a final assessment no longer changes).
     */
    @Test
    void aRegulatorFinalisesTheAssessmentOnceTheYearIsOverAndItNoLongerChanges() throws Exception {
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        evaluation.evaluateAll();
        int year = LocalDate.ofInstant(clock.instant(), SHANGHAI).getYear();
        String base = "/api/v1/compliance/assessments/" + h2 + "/" + year;

        String preview = call("province", get(base), null, 200);
        assertThat(JsonPath.<java.util.Map<String, Object>>read(preview, "$").get("status")).as("not assembled yet").isNull();
        assertThat(JsonPath.<Integer>read(preview, "$.complianceScore")).isNotNull();
        String draft = call("province", post(base), null, 200);
        assertThat(JsonPath.<String>read(draft, "$.status")).isEqualTo("DRAFT");
        String proposed = JsonPath.read(draft, "$.proposedGrade");
        String other = "EXCELLENT".equals(proposed) ? "FAILED" : "EXCELLENT";

        String early = call("province", post(base + "/finalisation"), Json.object("grade", proposed), 400);
        assertThat(JsonPath.<List<String>>read(early, "$.errors[*].field")).containsExactly("grade");

        LocalDate nextYear = LocalDate.of(year + 1, 1, 5);
        clock.advance(Duration.between(clock.instant(), nextYear.atStartOfDay(SHANGHAI).plusHours(9).toInstant()));
        renewLogins();
        String unexplained = call("province", post(base + "/finalisation"), Json.object("grade", other), 400);
        assertThat(JsonPath.<List<String>>read(unexplained, "$.errors[*].field")).containsExactly("conclusion");
        assertThat(call("security2", post(base), null, 403)).isNotNull();
        assertThat(call("county", get(base), null, 404)).as("二七区 is not the county's").isNotNull();
        assertThat(call("security", get(base), null, 404)).as("another hospital's").isNotNull();

        String finalised = call("province", post(base + "/finalisation"), Json.object("grade", other,
                "conclusion", "年度内发生严重案事件，降低等次"), 200);
        assertThat(JsonPath.<String>read(finalised, "$.status")).isEqualTo("FINAL");
        assertThat(JsonPath.<String>read(finalised, "$.grade")).isEqualTo(other);
        assertThat(JsonPath.<String>read(call("province", post(base), null, 400), "$.errors[0].field"))
                .as("a final assessment no longer changes").isEqualTo("grade");

        String own = call("security2", get(base), null, 200);
        assertThat(JsonPath.<String>read(own, "$.grade")).isEqualTo(other);
        // the notice is sent after the commit, by the notifications module's listener
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from notifications where recipient = 'security2' and kind = 'SAFE_HOSPITAL_ASSESSMENT'")
                .query(Long.class).single() > 0);
        String list = call("province", get("/api/v1/compliance/assessments?year=" + year), null, 200);
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.hospitalId == " + h2 + ")].status")).containsExactly("FINAL");

        MockHttpServletResponse document = mvc.perform(get(base + "/pdf").header(HttpHeaders.AUTHORIZATION,
                logins.bearer("security2"))).andReturn().getResponse();
        assertThat(document.getStatus()).isEqualTo(200);
        assertThat(document.getContentAsByteArray()).startsWith('%', 'P', 'D', 'F');
    }

    private void renewLogins() {
        List.of("province", "county", "city", "security2", "security", "admin").forEach(logins::renew);
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
