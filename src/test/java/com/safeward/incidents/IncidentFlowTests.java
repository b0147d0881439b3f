package com.safeward.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import com.safeward.TestDevices;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** An incident from a doctor's report to the police's disposal opinion (INC-2 … INC-5). */
@SafeWardTest
class IncidentFlowTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired TestDevices devices;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void aViolentIncidentRunsFromReportThroughPoliceToClosure() throws Exception {
        long id = report("doctor", "VIOLENCE", "患者家属殴打医生");
        String operator = logins.bearer("operator");
        mvc.perform(get("/api/v1/incidents/" + id).header(HttpHeaders.AUTHORIZATION, operator))
                .andExpect(jsonPath("$.status", is("REPORTED")))
                .andExpect(jsonPath("$.sop[0].step", is("DISPATCH_GUARDS")));
        assertThat(inbox.await("operator", "INCIDENT_REPORTED", "/incidents/" + id)).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("新警情：暴力伤医"));

        act(operator, "/dispatch", Json.object("guard", "guard")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("DISPATCHED")))
                .andExpect(jsonPath("$.sop[0].doneAt").exists());
        String tasks = mvc.perform(get("/api/v1/my-tasks").header(HttpHeaders.AUTHORIZATION, logins.bearer("guard")))
                .andReturn().getResponse().getContentAsString();
        int task = JsonPath.<java.util.List<Integer>>read(tasks, "$[?(@.sourceType == 'INCIDENT' && @.sourceId == " + id + ")].id").get(0);
        mvc.perform(post("/api/v1/my-tasks/" + task + "/arrived").header(HttpHeaders.AUTHORIZATION, logins.bearer("guard")))
                .andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/v1/incidents/" + id).header(HttpHeaders.AUTHORIZATION, operator))
                        .andExpect(jsonPath("$.status", is("ON_SCENE"))));

        act(operator, "/sop/2/skip", Json.object("reason", " ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("reason")));
        act(operator, "/sop/2/skip", Json.object("reason", "医生已自行脱离")).andExpect(status().isOk())
                .andExpect(jsonPath("$.sop[1].skippedReason", is("医生已自行脱离")));
        assertThat(inbox.await("security", "SOP_STEP_SKIPPED", "/incidents/" + id)).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("处置步骤被跳过：制止违法行为"));

        act(operator, "/police-call", Json.object("partiesCount", 3, "behaviours", Json.array("ASSAULTING"),
                "anyoneInjured", true, "injuredCount", 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("injuredCount")));
        act(operator, "/police-call", Json.object("partiesCount", 3, "anyoneInjured", false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("behaviours")));
        act(operator, "/police-call", Json.object("partiesCount", 3,
                "behaviours", Json.array("ASSAULTING", "THREATENING"), "anyoneInjured", true, "injuredCount", 1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.police.injuredCount", is(1)));

        act(operator, "/status", Json.object("status", "CLOSED", "summary", "结束")).andExpect(status().isBadRequest());

        String police = logins.bearer("police");
        act(police, "/police/ARRIVED", null).andExpect(status().isOk()).andExpect(jsonPath("$.police.policeArrivedAt").exists());
        act(police, "/police/SCENE_CONTROLLED", null).andExpect(status().isOk()).andExpect(jsonPath("$.controlledAt").exists());
        act(police, "/police/DISPOSAL", Json.object("opinion", "行为人已被行政拘留十日")).andExpect(status().isOk());
        act(operator, "/police/DISPOSAL", Json.object("opinion", "not mine")).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/incidents/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("leader")))
                .andExpect(jsonPath("$.police.disposalOpinion", is("行为人已被行政拘留十日")));
        act(operator, "/status", Json.object("status", "CLOSED", "summary", "行为人已被处理，医生已安抚"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.closedAt").exists());
    }

    @Test
    void incidentsAreSeenByTheirHospitalItsPoliceAndItsRegulatorsOnly() throws Exception {
        long id = report("doctor", "THREAT", "扬言报复");
        for (String user : new String[] {"security", "police", "county", "city", "leader"}) {
            mvc.perform(get("/api/v1/incidents/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer(user)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/incidents/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("guard")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(post("/api/v1/incidents/" + id + "/status").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("status", "ACKNOWLEDGED")))
                .andExpect(status().isForbidden());
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        mvc.perform(post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "areaId", area, "incidentType", "OTHER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("hospitalId")));
        // an action on another hospital's incident: 404 whatever the body (a 400 would say it exists)
        for (String action : new String[] {"/status", "/dispatch", "/police-call", "/consequences"}) {
            mvc.perform(post("/api/v1/incidents/" + id + action).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2"))
                    .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/incidents/" + id + "/status").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("status")));
    }

    @Test
    void anAlarmEscalatedToAnIncidentKeepsTheLink() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        mvc.perform(post("/api/v1/device-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + button.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("eventId", "esc-" + System.nanoTime(), "type", "PANIC",
                        "occurredAt", "2026-11-23T08:00:00Z")))
                .andExpect(status().isAccepted());
        long alarm = devices.alarmsOf(button.id()).get(0);
        String body = mvc.perform(post("/api/v1/alarms/" + alarm + "/incident").header(HttpHeaders.AUTHORIZATION, logins.bearer("operator"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("description", "诊室内有人持刀")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long incident = ((Number) JsonPath.read(body, "$.incidentId")).longValue();
        mvc.perform(get("/api/v1/incidents/" + incident).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(jsonPath("$.sourceAlarmId", is((int) alarm)))
                .andExpect(jsonPath("$.incidentType", is("ALARM")))
                .andExpect(jsonPath("$.description", is("诊室内有人持刀")));
        mvc.perform(get("/api/v1/alarms/" + alarm).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(jsonPath("$.acknowledgedAt").exists());
    }

    @Test
    void staffReportFromThePhonePageAndEveryRoleSeesTheDetail() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        var doctor = logins.session("doctor");
        mvc.perform(get("/incidents/new").session(doctor)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("暴力伤医")));
        mvc.perform(post("/incidents").session(doctor).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf()).param("hospitalId", String.valueOf(h1))
                .param("areaId", String.valueOf(area)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
        String location = mvc.perform(post("/incidents").session(doctor).with(org.springframework.security.test.web.servlet
                .request.SecurityMockMvcRequestPostProcessors.csrf()).param("hospitalId", String.valueOf(h1))
                .param("areaId", String.valueOf(area)).param("incidentType", "GROUP_DISTURBANCE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        for (String user : new String[] {"doctor", "operator", "police", "county"}) {
            mvc.perform(get(location).session(logins.session(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/incidents").session(logins.session("police"))).andExpect(status().isOk());
    }

    private long report(String user, String type, String description) throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).stream().filter(c -> c.label().endsWith("急诊抢救室")).findFirst().orElseThrow().id();
        String body = mvc.perform(post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, logins.bearer(user))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("hospitalId", h1, "areaId", area,
                        "incidentType", type, "description", description)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        lastId = ((Number) JsonPath.read(body, "$.id")).longValue();
        return lastId;
    }

    private ResultActions act(String bearer, String path, String json) throws Exception {
        var request = post("/api/v1/incidents/" + lastId + path).header(HttpHeaders.AUTHORIZATION, bearer);
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    /** The incident reported last: the one {@link #act} works on. */
    private long lastId;
}
