package com.safeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.organizations.OrganizationDirectory;

/**
 * SUP-1 for the incident chain: H002 lies in 二七区, so 中原区's regulator (county) and H001's
 * police are refused its incidents, reports and cases, while the city above sees them.
 */
@SafeWardTest
class RegionalScopeTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void anotherCountysRegulatorAndPoliceAreRefusedTheIncidentChainOfH002() throws Exception {
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        long area = directory.areaChoices(h2).get(0).id();
        String body = mvc.perform(post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h2, "areaId", area, "incidentType", "VIOLENCE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long incident = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/v1/incidents/" + incident + "/consequences").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("deaths", 1, "seriousInjuries", 0,
                        "injured", 0)))
                .andExpect(status().isOk());
        long report = jdbc.sql("select min(id) from escalation_reports where incident_id = :i").param("i", incident)
                .query(Long.class).single();

        for (String outsider : new String[] {"county", "police", "security"}) {
            mvc.perform(get("/api/v1/incidents/" + incident).header(HttpHeaders.AUTHORIZATION, logins.bearer(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/incidents/" + incident).session(logins.session(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/escalation-reports/" + report).header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/incidents/" + incident + "/supervision").header(HttpHeaders.AUTHORIZATION, logins.bearer("county"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("note", "越级")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/incidents/" + incident).header(HttpHeaders.AUTHORIZATION, logins.bearer("city")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/escalation-reports/" + report).header(HttpHeaders.AUTHORIZATION, logins.bearer("city")))
                .andExpect(status().isOk());
    }
}
