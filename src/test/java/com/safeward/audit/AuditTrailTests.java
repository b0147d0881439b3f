package com.safeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** WL-7: every change is recorded with who, when, before and after; nobody can edit the record. */
@SafeWardTest
class AuditTrailTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory directory;
    @Autowired AuditTrail trail;

    @Test
    void aChangeIsRecordedWithActorBeforeAndAfter() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String name = "审计区" + System.nanoTime() % 100000;
        String body = mvc.perform(post("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("hospitalId", h1, "building", "A",
                        "floor", "1F", "name", name, "areaType", "OTHER")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = String.valueOf(JsonPath.<Integer>read(body, "$.id"));
        mvc.perform(put("/api/v1/areas/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("hospitalId", h1, "building", "A",
                        "floor", "2F", "name", name, "areaType", "OTHER")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/audit-events?entityType=Area&entityId=" + id)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements", is(2)))
                .andExpect(jsonPath("$.content[0].action", is("UPDATED")))
                .andExpect(jsonPath("$.content[0].actor", is("security")))
                .andExpect(jsonPath("$.content[0].before", org.hamcrest.Matchers.containsString("\"floor\":\"1F\"")))
                .andExpect(jsonPath("$.content[0].after", org.hamcrest.Matchers.containsString("\"floor\":\"2F\"")))
                .andExpect(jsonPath("$.content[1].action", is("CREATED")))
                .andExpect(jsonPath("$.content[1].before").doesNotExist());
    }

    @Test
    void entriesReadInTheReadersLanguageWithPeopleByName() throws Exception {
        String stranger = "nobody" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(com.safeward.Json.object("username", stranger, "password", "guess")))
                .andExpect(status().isUnauthorized());
        String admin = logins.bearer("admin");
        mvc.perform(get("/api/v1/audit-events?action=LOGIN_FAILED&actor=" + stranger).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(jsonPath("$.content[0].summary", is("用户名不存在")))
                .andExpect(jsonPath("$.content[0].entityLabel", is("用户")));
        mvc.perform(get("/api/v1/audit-events?action=LOGIN_FAILED&actor=" + stranger).header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.content[0].summary", is("Unknown username")))
                .andExpect(jsonPath("$.content[0].entityLabel", is("User")));

        logins.token("security", "demo");
        mvc.perform(get("/api/v1/audit-events?action=LOGIN_SUCCEEDED&actor=security&size=1")
                .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(jsonPath("$.content[0].actor", is("security")))
                .andExpect(jsonPath("$.content[0].actorName", not(is("security"))));
    }

    @Test
    void noEndpointChangesOrDeletesTheTrail() throws Exception {
        String admin = logins.bearer("admin");
        mvc.perform(post("/api/v1/audit-events").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isMethodNotAllowed());
        mvc.perform(put("/api/v1/audit-events/1").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/audit-events/1").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound());
    }

    /** Runs in the integration profile: the append-only trigger is PostgreSQL's (db/vendor/postgresql). */
    @Test
    @org.junit.jupiter.api.Tag("postgresql")
    void onPostgresqlTheDatabaseItselfRefusesToRewriteTheTrail() {
        assertThatThrownBy(() -> jdbc.sql("update audit_events set actor = 'mallory'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events").update()).hasMessageContaining("append-only");
    }

    @Test
    void regulatorsSearchOnlyTheirRegionsHospitals() throws Exception {
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        mvc.perform(get("/api/v1/audit-events?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].hospitalId", not(hasItem((int) h2))));
        mvc.perform(get("/api/v1/audit-events?hospitalId=" + h2).header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(jsonPath("$.totalElements", is(0)));
        mvc.perform(get("/api/v1/audit-events?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("city")))
                .andExpect(jsonPath("$.content[*].hospitalId", everyItem(org.hamcrest.Matchers.notNullValue())));
        mvc.perform(get("/api/v1/audit-events").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isForbidden());
    }

    @Test
    void loginsAreAuditedWithTheClientAddress() {
        logins.token("operator", "demo");
        String ip = jdbc.sql("select client_ip from audit_events where actor = 'operator' and action = 'LOGIN_SUCCEEDED' "
                + "order by id desc limit 1").query(String.class).single();
        assertThat(ip).isNotBlank();
    }

    @Test
    void recordingOutsideATransactionIsRefusedSoNoChangeGoesUnaudited() {
        assertThatThrownBy(() -> trail.record(AuditEntry.of(AuditAction.UPDATED, "Thing", 1, null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
