package com.safeward.identity;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** Accounts: system admins manage all; a hospital admin only its hospital's, with hospital roles. */
@SafeWardTest
class UserAdministrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired UserAccounts accounts;
    @Autowired OrganizationDirectory directory;

    @Test
    void hospitalAdminSeesOnlyTheAccountsOfItsHospitalPaged() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        mvc.perform(get("/api/v1/users?size=5&sort=username,desc").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size", is(5)))
                .andExpect(jsonPath("$.content[*].hospitalId", everyItem(is((int) h1))));
        long other = accounts.findByUsername("security2").orElseThrow().id();
        mvc.perform(get("/api/v1/users/" + other).header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/users/" + other).header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", "security2", "displayName", "x", "role", "GUARD", "enabled", false)))
                .andExpect(status().isNotFound());
    }

    @Test
    void hospitalAdminCreatesAccountsOnlyInItsHospitalAndOnlyWithHospitalRoles() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        String username = "nurse" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", username, "displayName", "护士", "role", "MEDICAL_STAFF",
                        "hospitalId", h2, "password", "long-enough-1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hospitalId", is((int) h1)));
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", "x" + username, "displayName", "越权", "role", "REGULATOR",
                        "regionId", 1, "password", "long-enough-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("role")));
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", username, "displayName", "重复", "role", "GUARD",
                        "password", "long-enough-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("username")));
    }

    @Test
    void regulatorsNeedARegionAndPoliceAStation() throws Exception {
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", "reg" + (System.nanoTime() % 100000), "displayName", "卫健委",
                        "role", "REGULATOR", "password", "long-enough-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("regionId")));
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", "pol" + (System.nanoTime() % 100000), "displayName", "民警",
                        "role", "POLICE", "password", "long-enough-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("policeStationId")));
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", "int" + (System.nanoTime() % 100000), "displayName", "集成",
                        "role", "INTEGRATION", "hospitalId", 1, "password", "long-enough-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("role")));
    }

    @Test
    void theAccountsPageListsAndPagesForTheHospitalAdmin() throws Exception {
        mvc.perform(get("/users?sort=displayName,asc").session(logins.session("hadmin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("security2"))));
    }

    /**
     * Bearer tokens are resolved once and remembered briefly; disabling an account must still stop
     * its token at once. Its department is kept (WL-2 warnings go to a department's staff).
     */
    @Test
    void aDisabledAccountsTokenStopsAtOnceAndTheDepartmentIsKept() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long ward = directory.departmentByCode(h1, "IM").orElseThrow().id();
        String username = "ward" + System.nanoTime() % 100000;
        String created = mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", username, "displayName", "病区护士", "role", "MEDICAL_STAFF",
                        "departmentId", ward, "password", "long-enough-1")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        org.assertj.core.api.Assertions.assertThat(accounts.findById(id).orElseThrow().departmentId()).isEqualTo(ward);
        String token = "Bearer " + logins.token(username, "long-enough-1");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isOk());

        mvc.perform(put("/api/v1/users/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", username, "displayName", "病区护士", "role", "MEDICAL_STAFF",
                        "departmentId", ward, "enabled", false)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isUnauthorized());

        long otherHospitalWard = directory.departmentByCode(directory.hospitalIdByCode("H002").orElseThrow(), "ED")
                .orElseThrow().id();
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", "x" + username, "displayName", "护士", "role", "MEDICAL_STAFF",
                        "departmentId", otherHospitalWard, "password", "long-enough-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("departmentId")));
    }
}
