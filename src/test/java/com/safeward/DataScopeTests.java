package com.safeward;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.organizations.OrganizationDirectory;

/**
 * SUP-1 data scope, proven for the API and the pages: hospital staff see their hospital, police
 * their station's hospitals, a regulator its region subtree. Anything else answers 404 (a
 * record) or 403 (a function the role does not have).
 */
@SafeWardTest
class DataScopeTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;

    long h1;
    long h2;
    long h3;

    @BeforeEach
    void demoHospitals() {
        h1 = directory.hospitalIdByCode("H001").orElseThrow();
        h2 = directory.hospitalIdByCode("H002").orElseThrow();
        h3 = directory.hospitalIdByCode("H003").orElseThrow();
    }

    @Test
    void countyRegulatorSeesExactlyTheHospitalsOfItsCounty() throws Exception {
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(jsonPath("$.hospitalIds", containsInAnyOrder((int) h1, (int) h3)));
        mvc.perform(get("/api/v1/hospitals?size=100").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code", hasItems("H001", "H003")))
                .andExpect(jsonPath("$.content[*].code", not(hasItem("H002"))));
        mvc.perform(get("/api/v1/hospitals/" + h2).header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isNotFound());
    }

    @Test
    void cityAndProvinceRegulatorsSeeEveryHospitalBelowThem() throws Exception {
        for (String regulator : new String[] {"city", "province"}) {
            mvc.perform(get("/api/v1/hospitals?size=100").header(HttpHeaders.AUTHORIZATION, logins.bearer(regulator)))
                    .andExpect(jsonPath("$.content[*].code", hasItems("H001", "H002", "H003")));
        }
    }

    @Test
    void policeSeeTheHospitalsAssignedToTheirStation() throws Exception {
        mvc.perform(get("/api/v1/hospitals?size=100").header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(jsonPath("$.content[*].code", hasItems("H001", "H003")))
                .andExpect(jsonPath("$.content[*].code", not(hasItem("H002"))));
        mvc.perform(get("/api/v1/areas?hospitalId=" + h2).header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(jsonPath("$.totalElements", is(0)));
    }

    @Test
    void anotherHospitalsUserGetsNotFoundForHospitalsAndAreasInTheApi() throws Exception {
        String other = logins.bearer("security2");
        mvc.perform(get("/api/v1/hospitals/" + h1).header(HttpHeaders.AUTHORIZATION, other))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/hospitals/" + h1 + "/departments").header(HttpHeaders.AUTHORIZATION, other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/areas?size=200").header(HttpHeaders.AUTHORIZATION, other))
                .andExpect(jsonPath("$.content[*].hospitalCode", everyItem(is("H002"))));
        long h1Area = directory.departmentChoices(h1).isEmpty() ? 0 : anyAreaOf("security");
        mvc.perform(get("/api/v1/areas/" + h1Area).header(HttpHeaders.AUTHORIZATION, other))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, other)
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "building", "X", "floor", "1F", "name", "越权",
                        "areaType", "OTHER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("hospitalId")));
    }

    @Test
    void anotherHospitalsUserGetsNotFoundForHospitalPages() throws Exception {
        mvc.perform(get("/hospitals/" + h1).session(logins.session("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hospitals/" + h1 + "/edit").session(logins.session("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hospitals/" + h2).session(logins.session("security2")))
                .andExpect(status().isOk());
    }

    @Test
    void countyRegulatorCannotOpenAHospitalOfAnotherCounty() throws Exception {
        mvc.perform(get("/hospitals/" + h2).session(logins.session("county"))).andExpect(status().isNotFound());
        mvc.perform(get("/hospitals").session(logins.session("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("H003")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("H002"))));
    }

    @Test
    void rolesWithoutAFunctionAreForbidden() throws Exception {
        mvc.perform(post("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, logins.bearer("guard"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "building", "X", "floor", "1F", "name", "guard",
                        "areaType", "OTHER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, logins.bearer("county"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "building", "X", "floor", "1F", "name", "county",
                        "areaType", "OTHER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/users").session(logins.session("security"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(logins.session("doctor"))).andExpect(status().isForbidden());
        mvc.perform(get("/hospitals/new").session(logins.session("county"))).andExpect(status().isForbidden());
    }

    private long anyAreaOf(String user) throws Exception {
        String body = mvc.perform(get("/api/v1/areas?size=1").header(HttpHeaders.AUTHORIZATION, logins.bearer(user)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.content[0].id")).longValue();
    }
}
