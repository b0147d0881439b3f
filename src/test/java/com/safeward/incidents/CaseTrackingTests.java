package com.safeward.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** INC-7 case tracking and 挂牌督办, INC-8 三同步, INC-10 staff support. */
@SafeWardTest
class CaseTrackingTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void everyPoliceCaseIsTrackedUntilItsOutcomeAndTheLevelAboveSupervisesMajorOnes() throws Exception {
        long id = incidentWithPoliceCall("VIOLENCE");
        mvc.perform(get("/api/v1/cases?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(jsonPath("$.content[*].incidentId", hasItem((int) id)));
        mvc.perform(get("/api/v1/cases?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(jsonPath("$.content[*].incidentId", not(hasItem((int) id))));

        post(id, "/supervision", "county", Json.object("note", "限期查清")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("region")));
        post(id, "/supervision", "security", Json.object("note", "自己督办")).andExpect(status().isForbidden());
        post(id, "/supervision", "city", Json.object("note", "市卫健委挂牌督办，限七日内查清")).andExpect(status().isOk())
                .andExpect(jsonPath("$.supervisedBy", is("city")))
                .andExpect(jsonPath("$.tracks.INVESTIGATION.status", is("NOT_STARTED")));
        post(id, "/supervision", "province", Json.object("note", "again")).andExpect(status().isBadRequest());
        assertThat(inbox.await("security", "CASE_SUPERVISED", "/incidents/" + id)).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("市卫健委挂牌督办，限七日内查清"));

        post(id, "/tracks/INFORMATION_RELEASE", "security", Json.object("status", "IN_PROGRESS", "note", "已起草情况通报"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tracks.INFORMATION_RELEASE.status", is("IN_PROGRESS")));
        post(id, "/tracks/INVESTIGATION", "doctor", Json.object("status", "DONE")).andExpect(status().isForbidden());
        post(id, "/tracks/INVESTIGATION", "police", Json.object("status", "DONE",
                "note", "已立案")).andExpect(status().isOk());

        post(id, "/police/DISPOSAL", "police", Json.object("opinion", "已刑事拘留")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(jsonPath("$.content[*].incidentId", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/cases?open=false&size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(jsonPath("$.content[?(@.incidentId == " + id + ")].disposalOpinion", hasItem("已刑事拘留")));
        mvc.perform(get("/cases").session(logins.session("police"))).andExpect(status().isOk());
        mvc.perform(get("/incidents/" + id).session(logins.session("city"))).andExpect(status().isOk());
    }

    @Test
    void closingACaseAgainstStaffOpensTheirSupportFollowUp() throws Exception {
        long id = incidentWithPoliceCall("INSULT");
        post(id, "/status", "operator", Json.object("status", "CONTROLLED")).andExpect(status().isOk());
        post(id, "/staff-support", "leader", Json.object("note", "too early")).andExpect(status().isBadRequest());
        post(id, "/status", "operator", Json.object("status", "CLOSED", "summary", "已处理")).andExpect(status().isOk());
        assertThat(inbox.await("leader", "STAFF_SUPPORT", "/incidents/" + id)).hasSize(1);
        post(id, "/staff-support", "leader", Json.object("note", "院领导慰问，安排心理疏导")).andExpect(status().isNoContent());
        post(id, "/staff-support", "leader", Json.object("note", "twice")).andExpect(status().isBadRequest());
        mvc.perform(get("/incidents/" + id).session(logins.session("leader"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("院领导慰问")));
    }

    /** INC-8 三同步: a case under supervision for more than a day with a track not started fails INC-8 until all three run. */
    @Test
    void aSupervisedCaseWhoseTracksLagFailsInc8UntilTheyRunInStep() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/hospitals/" + h1
                + "/media-plan").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("contactName", "宣传科 王科长",
                        "contactTitle", "宣传科科长", "contactPhone", "0371-66660000", "plan", "一小时内发布情况通报",
                        "reviewedOn", String.valueOf(java.time.LocalDate.now())))).andExpect(status().isOk());
        long id = incidentWithPoliceCall("VIOLENCE");
        post(id, "/supervision", "city", Json.object("note", "挂牌督办")).andExpect(status().isOk());
        jdbc.sql("update case_supervisions set since = :since where incident_id = :i")
                .param("since", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25))))
                .param("i", id).update();
        post(id, "/tracks/INVESTIGATION", "police", Json.object("status", "IN_PROGRESS")).andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> "FAIL".equals(inc8(h1, "$.status")));
        assertThat(inc8(h1, "$.finding.key")).isEqualTo("compliance.inc8.outOfStep");
        assertThat(inc8(h1, "$.links[*]")).contains("/cases?supervised=true&hospitalId=" + h1);

        post(id, "/tracks/INFORMATION_RELEASE", "security", Json.object("status", "IN_PROGRESS")).andExpect(status().isOk());
        post(id, "/tracks/OPINION_GUIDANCE", "security", Json.object("status", "IN_PROGRESS")).andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> "PASS".equals(inc8(h1, "$.status")));
    }

    private String inc8(long hospital, String path) throws Exception {
        String statuses = mvc.perform(get("/api/v1/compliance/hospitals/" + hospital)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))).andReturn().getResponse().getContentAsString();
        Object value = JsonPath.read(statuses, "$[?(@.requirementId == 'INC-8')]" + path.substring(1));
        return String.valueOf(value instanceof java.util.List<?> list && list.size() == 1 ? list.get(0) : value);
    }

    private long incidentWithPoliceCall(String type) throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/incidents")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor")).contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "areaId", area, "incidentType", type)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        post(id, "/police-call", "operator", Json.object("partiesCount", 1, "behaviours", Json.array("INSULTING"),
                "anyoneInjured", false))
                .andExpect(status().isOk());
        return id;
    }

    private ResultActions post(long id, String path, String user, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/incidents/" + id + path)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
