package com.safeward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** INC-6 with the shipped rules: a death in H001 (河南) owes four reports; deadlines are watched. */
@SafeWardTest
class EscalationReportTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory directory;
    @Autowired EscalationReports reports;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDeathOwesImmediateCountyGovernanceProvinceReportsAndTheNationalOneIn12Hours() throws Exception {
        long incident = reportViolence();
        consequences(incident, Json.object("deaths", 1, "seriousInjuries", 0,
                "injured", 0)).andExpect(status().isOk());
        List<String> recipients = jdbc.sql("select recipient from escalation_reports where incident_id = :i order by recipient")
                .param("i", incident).query(String.class).list();
        assertThat(recipients).containsExactly("COUNTY_GOVERNANCE", "COUNTY_HEALTH", "NATIONAL_HEALTH", "PROVINCE_HEALTH");
        Instant reported = Instant.parse(JsonPath.read(mvc.perform(get("/api/v1/incidents/" + incident)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))).andReturn().getResponse()
                .getContentAsString(), "$.reportedAt"));
        Timestamp national = jdbc.sql("select due_at from escalation_reports where incident_id = :i and recipient = 'NATIONAL_HEALTH'")
                .param("i", incident).query(Timestamp.class).single();
        assertThat(Duration.between(reported, national.toInstant())).isEqualTo(Duration.ofHours(12));
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'escalation-report-deadline' and "
                + "task_instance in (select cast(id as varchar(20)) from escalation_reports where incident_id = :i)")
                .param("i", incident).query(Long.class).single()).isEqualTo(4);

        String body = mvc.perform(get("/api/v1/escalation-reports?state=PENDING&size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.content[?(@.incidentId == " + incident + ")].recipient")).hasSize(4);
        mvc.perform(get("/api/v1/escalation-reports?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"incidentId\":" + incident + ","))));
        mvc.perform(get("/reports?state=PENDING").session(logins.session("county")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("国家卫生健康委")));
        // a regulator narrows the list to one hospital; another hospital's filter shows none of these
        long h3 = directory.hospitalIdByCode("H003").orElseThrow();
        body = mvc.perform(get("/api/v1/escalation-reports?state=PENDING&size=200&hospitalId=" + h3)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("county"))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(body, "$.content[?(@.incidentId == " + incident + ")]")).isEmpty();
        body = mvc.perform(get("/api/v1/escalation-reports?state=PENDING&size=200&hospitalId="
                + directory.hospitalIdByCode("H001").orElseThrow()).header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(body, "$.content[?(@.incidentId == " + incident + ")]")).hasSize(4);

        // more facts later: no duplicates, a criminal case adds its level-by-level reports
        consequences(incident, Json.object("deaths", 1, "seriousInjuries", 0, "injured", 3,
                "criminalCase", true)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from escalation_reports where incident_id = :i").param("i", incident)
                .query(Long.class).single()).isEqualTo(7);
        consequences(incident, Json.object("deaths", 0, "seriousInjuries", 0,
                "injured", 3)).andExpect(status().isBadRequest());
    }

    @Test
    void anOverdueReportAlertsTheHospitalAndTheRegulatorsAboveIt() throws Exception {
        long incident = reportViolence();
        consequences(incident, Json.object("deaths", 1, "seriousInjuries", 0,
                "injured", 0)).andExpect(status().isOk());
        long county = reportTo(incident, "COUNTY_HEALTH");
        long national = reportTo(incident, "NATIONAL_HEALTH");
        assertThat(reports.checkDeadline(county)).as("not due yet").isFalse();

        clock.advance(Duration.ofMinutes(61));
        assertThat(reports.checkDeadline(county)).isTrue();
        assertThat(reports.checkDeadline(county)).as("noticed once").isFalse();
        assertThat(reports.checkDeadline(national)).as("due in 12 h").isFalse();
        for (String user : new String[] {"security", "leader", "county", "city", "province"}) {
            assertThat(inbox.await(user, "REPORT_OVERDUE", "/reports?state=OVERDUE")).as(user)
                    .anySatisfy(n -> assertThat(n.body()).endsWith("前上报。"));
        }
        clock.reset(); // the cached access tokens expire after an hour of test time
        mvc.perform(get("/api/v1/escalation-reports?state=OVERDUE&size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(jsonPath("$.content[?(@.id == " + county + ")].overdueAt").isNotEmpty());
    }

    @Test
    void theHospitalSubmitsAndEachLevelReceives() throws Exception {
        long incident = reportViolence();
        consequences(incident, Json.object("deaths", 0, "seriousInjuries", 1,
                "injured", 1)).andExpect(status().isOk());
        long county = reportTo(incident, "COUNTY_HEALTH");
        mvc.perform(post("/api/v1/escalation-reports/" + county + "/receive").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/escalation-reports/" + county + "/submit").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/escalation-reports/" + county + "/submit").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        // the hospital completes the form generated from the incident, then submits it; then it is fixed
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/escalation-reports/"
                + county + "/content").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("content", " ")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("content")));
        String generated = JsonPath.read(mvc.perform(get("/api/v1/escalation-reports/" + county)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))).andReturn().getResponse().getContentAsString(),
                "$.content");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/escalation-reports/"
                + county + "/content").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("content", "" + (generated.replace("\n", "\\n")) + "\n伤者已转外科手术，病情稳定。")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content", containsString("病情稳定")));
        mvc.perform(get("/reports/" + county).session(logins.session("county"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("病情稳定")));
        mvc.perform(get("/api/v1/escalation-reports/" + county).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/escalation-reports/" + county + "/submit").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.submittedBy", is("security")))
                .andExpect(jsonPath("$.content", containsString("重伤 1 人")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/escalation-reports/"
                + county + "/content").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("content", "改")))
                .andExpect(status().isBadRequest());
        assertThat(inbox.await("county", "REPORT_SUBMITTED", "/reports"))
                .anySatisfy(n -> assertThat(n.body()).contains("重伤 1 人"));
        mvc.perform(post("/api/v1/escalation-reports/" + county + "/receive").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.receivedBy", is("county")));
        assertThat(reports.checkDeadline(county)).as("submitted reports are never overdue").isFalse();
    }

    private long reportViolence() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        String body = mvc.perform(post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "areaId", area, "incidentType", "VIOLENCE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private org.springframework.test.web.servlet.ResultActions consequences(long incident, String json) throws Exception {
        return mvc.perform(post("/api/v1/incidents/" + incident + "/consequences").header(HttpHeaders.AUTHORIZATION, logins.bearer("operator"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long reportTo(long incident, String recipient) {
        return jdbc.sql("select id from escalation_reports where incident_id = :i and recipient = :r")
                .param("i", incident).param("r", recipient).query(Long.class).single();
    }
}
