package com.safeward.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * SUP-4, SUP-1: every requirement evaluated per hospital from the records, traceable to its clause
 * and evidence, seen only within the viewer's scope; rules come from the modules that keep the
 * records (and from a test module, with no change to the compliance module).
 */
@SafeWardTest
class ComplianceTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired ComplianceEvaluation evaluation;
    @Autowired ComplianceQueries queries;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
        List.of("province", "county", "city", "security2", "security", "admin").forEach(logins::renew);
    }

    /** INC-6: a report not submitted by its deadline fails H002, with the report list as evidence; the province sees it. */
    @Test
    void aLateEscalationReportFailsInc6AndTheProvinceSeesWhy() throws Exception {
        long h2 = hospital("H002");
        evaluation.evaluateAll();
        java.sql.Timestamp fullRun = jdbc.sql("select evaluated_at from compliance_statuses where hospital_id = :h "
                + "and requirement_id = 'INC-6'").param("h", h2).query(java.sql.Timestamp.class).single();
        long area = directory.areaChoices(h2).get(0).id();
        String incident = call("security2", post("/api/v1/incidents"), Json.object("hospitalId", h2, "areaId", area,
                "incidentType", "VIOLENCE"), 201);
        long id = ((Number) JsonPath.read(incident, "$.id")).longValue();
        call("security2", post("/api/v1/incidents/" + id + "/consequences"), Json.object("deaths", 1,
                "seriousInjuries", 0, "injured", 0), 200);
        clock.advance(Duration.ofHours(2)); // the county's report was due within the hour
        List.of("province", "county", "city", "security2", "admin").forEach(logins::renew);
        // The scheduler runs the deadline checks now. In the integration profile every test context shares
        // the database and its scheduler; one without the test clock may run the check, so the deadline
        // is also put a minute before real time (the test clock, two hours on, is past it anyway).
        jdbc.sql("update escalation_reports set due_at = :due where incident_id = :i")
                .param("due", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).param("i", id).update();
        jdbc.sql("update scheduled_tasks set execution_time = :now where task_name = 'escalation-report-deadline' "
                + "and task_instance in (select cast(id as varchar(20)) from escalation_reports where incident_id = :i)")
                .param("now", java.sql.Timestamp.from(java.time.Instant.now())).param("i", id).update();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from escalation_reports where incident_id = :i and overdue_at is not null")
                .param("i", id).query(Long.class).single() > 0);
        // not the full run: the one requirement of the one hospital whose records changed (what a
        // ComplianceRecordsChanged from the reports module asks for)
        evaluation.evaluate(h2, java.util.Set.of("INC-6"));
        assertThat(jdbc.sql("select count(*) from compliance_statuses where hospital_id = :h and requirement_id = 'INC-6' "
                + "and status = 'FAIL' and evaluated_at > :full").param("h", h2).param("full", fullRun)
                .query(Long.class).single()).isEqualTo(1);

        String h2Statuses = call("province", get("/api/v1/compliance/hospitals/" + h2), null, 200);
        Map<String, Object> inc6 = JsonPath.<List<Map<String, Object>>>read(h2Statuses, "$[?(@.requirementId == 'INC-6')]").get(0);
        assertThat(inc6.get("status")).isEqualTo("FAIL");
        assertThat(inc6.get("mode")).isEqualTo("AUTOMATIC");
        assertThat(inc6.get("clause").toString()).contains("N-5.2");
        assertThat((List<String>) inc6.get("links")).contains("/reports?state=OVERDUE&hospitalId=" + h2);
        assertThat(JsonPath.<String>read(h2Statuses, "$[0].status")).as("failures first").isEqualTo("FAIL");

        String page = mvc.perform(get("/compliance/hospitals/" + h2).session(logins.session("province"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("份逾期或未按时上报").contains("/reports?state=OVERDUE&amp;hospitalId=" + h2);

        String overview = call("province", get("/api/v1/compliance/hospitals"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(overview, "$.content[*].hospitalId")).contains((int) h2, (int) hospital("H001"));
        String found = call("province", get("/api/v1/compliance/hospitals?q=二七区&failing=true&size=1"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(found, "$.content[*].hospitalId")).containsExactly((int) h2);
        MockHttpServletResponse export = mvc.perform(get("/compliance/export").session(logins.session("province")))
                .andReturn().getResponse();
        assertThat(export.getContentType()).contains("spreadsheetml");
        assertThat(export.getContentAsByteArray()).startsWith('P', 'K');
        String requirement = call("province", get("/api/v1/compliance/requirements/INC-6/hospitals"), null, 200);
        assertThat(JsonPath.<List<String>>read(requirement, "$[?(@.hospitalId == " + h2 + ")].status")).containsExactly("FAIL");
    }

    /**
     * SUP-4 incrementally: when the records behind a requirement change, that requirement of that
     * hospital is judged again at once (ComplianceRecordsChanged after the commit), not at the next full run.
     */
    @Test
    void aChangedRecordReEvaluatesItsRequirementAtOnce() throws Exception {
        long h2 = hospital("H002");
        evaluation.evaluateAll();
        assertThat(statusOf("H002", "INC-8")).as("no media plan yet").isEqualTo("FAIL");
        call("security2", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/hospitals/" + h2 + "/media-plan"), Json.object("contactName", "宣传科 李科长",
                "contactTitle", "宣传科科长", "contactPhone", "0371-66661111", "plan", "重大案件发生后 1 小时内发布情况通报",
                "reviewedOn", String.valueOf(java.time.LocalDate.now())), 200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "PASS".equals(statusOf("H002", "INC-8")));
        // the full run is every ten minutes: within seconds, only the change's own re-evaluation explains it
    }

    /** Evaluate now through the API: system admins and regulators; a hospital's people may not. */
    @Test
    void aSystemAdminOrRegulatorEvaluatesEverythingNow() throws Exception {
        assertThat(JsonPath.<Integer>read(call("admin", post("/api/v1/compliance/evaluations"), null, 200), "$.changed"))
                .isNotNegative();
        call("province", post("/api/v1/compliance/evaluations"), null, 200);
        assertThat(status("security", post("/api/v1/compliance/evaluations"))).isEqualTo(403);
    }

    /** SUP-1: a county sees its own hospitals only; another county's hospital and a region above answer 404. */
    @Test
    void aCountySeesOnlyItsOwnHospitals() throws Exception {
        evaluation.evaluateAll();
        String overview = call("county", get("/api/v1/compliance/hospitals"), null, 200);
        assertThat(JsonPath.<List<Integer>>read(overview, "$.content[*].hospitalId")).contains((int) hospital("H001"))
                .doesNotContain((int) hospital("H002"));
        assertThat(status("county", get("/api/v1/compliance/hospitals/" + hospital("H002")))).isEqualTo(404);
        assertThat(status("security", get("/api/v1/compliance/hospitals/" + hospital("H002")))).isEqualTo(404);
        assertThat(status("security", get("/api/v1/compliance/hospitals/" + hospital("H001")))).isEqualTo(200);
        assertThat(status("security", get("/api/v1/compliance/hospitals"))).as("hospitals see themselves only").isEqualTo(403);
        long province = directory.regionIdByCode("410000").orElseThrow();
        long county = directory.regionIdByCode("410102").orElseThrow();
        assertThat(status("county", get("/api/v1/compliance/regions/" + province))).isEqualTo(404);
        String rollup = call("county", get("/api/v1/compliance/regions/" + county), null, 200);
        assertThat(JsonPath.<Integer>read(rollup, "$.hospitals")).isEqualTo(JsonPath.<Integer>read(overview, "$.totalElements"));
        String provinceRollup = call("province", get("/api/v1/compliance/regions/" + province), null, 200);
        assertThat(JsonPath.<Integer>read(provinceRollup, "$.hospitalsWithOverdueReports")).isEqualTo(
                JsonPath.<List<Integer>>read(provinceRollup, "$.requirements[?(@.requirementId == 'INC-6')].failed").get(0));
    }

    /** SUP-4: a rule declared in another module (here a test module) is evaluated; the catalog says how each ID is judged. */
    @Test
    void aRuleFromAnotherModuleIsEvaluatedWithoutChangingTheComplianceModule() throws Exception {
        evaluation.evaluateAll();
        String requirements = call("admin", get("/api/v1/compliance/requirements"), null, 200);
        assertThat(JsonPath.<List<?>>read(requirements, "$")).hasSize(70);
        assertThat(JsonPath.<List<String>>read(requirements, "$[?(@.id == 'PER-3')].evaluation")).containsExactly("AUTOMATIC");
        assertThat(JsonPath.<List<String>>read(requirements, "$[?(@.id == 'FIR-1')].evaluation"))
                .as("cited by checklist items").containsExactly("BY_INSPECTION");
        assertThat(JsonPath.<List<String>>read(requirements, "$[?(@.id == 'PAT-1')].evaluation")).containsExactly("NOT_YET_COVERED");
        assertThat(statusOf("H001", "PER-3")).isEqualTo("PASS");
        assertThat(statusOf("H002", "PER-3")).isEqualTo("FAIL");
        assertThat(statusOf("H001", "SUP-2")).as("a regulators' duty").isEqualTo("NOT_APPLICABLE");
    }

    /** Trends by month are replayed from the history of statuses: a month later, two months with their scores. */
    @Test
    void aHospitalsScoreIsShownByMonth() throws Exception {
        evaluation.evaluateAll();
        clock.advance(Duration.ofDays(40));
        List.of("province", "county", "city", "security2", "security", "admin").forEach(logins::renew);
        long h1 = hospital("H001");
        var months = queries.monthly(h1, com.safeward.organizations.DataScope.all(), 12, clock.instant(),
                java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(months).hasSizeGreaterThanOrEqualTo(2);
        String page = mvc.perform(get("/compliance/hospitals/" + h1).session(logins.session("security")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"compliance-trend\"").contains(months.get(months.size() - 1).month());
    }

    private String statusOf(String hospital, String requirement) throws Exception {
        String statuses = call("admin", get("/api/v1/compliance/hospitals/" + hospital(hospital)), null, 200);
        return JsonPath.<List<String>>read(statuses, "$[?(@.requirementId == '" + requirement + "')].status").get(0);
    }

    private long hospital(String code) {
        return directory.hospitalIdByCode(code).orElseThrow();
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

    private int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, logins.bearer(user))).andReturn().getResponse()
                .getStatus();
    }
}
