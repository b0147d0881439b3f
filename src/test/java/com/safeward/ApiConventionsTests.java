package com.safeward;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.safeward.organizations.OrganizationDirectory;

/**
 * The conventions every API follows: RFC 9457 problems naming the field for each 4xx, never a
 * 500 or a stack trace for bad input; paging envelope with page/size/sort; ISO-8601 instants.
 */
@SafeWardTest
class ApiConventionsTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        createArea("{\"hospitalId\": 1, \"building\": ").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(400)))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        createArea(Json.object("hospitalId", "first", "building", "A", "floor", "1", "name", "n", "areaType", "ICU"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("hospitalId")));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        createArea(Json.object("hospitalId", h1(), "building", "A", "floor", "1", "name", "n",
                "areaType", "SPACESHIP"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("areaType")))
                .andExpect(jsonPath("$.errors[0].message", containsString("EMERGENCY")));
    }

    @Test
    void missingFieldsAreEachNamed() throws Exception {
        createArea(Json.object("hospitalId", h1())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("building")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("floor")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("areaType")));
    }

    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        String huge = Json.object("note", "x".repeat(1_100_000));
        createArea(huge).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void wrongQueryParameterTypeNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/areas?keyArea=perhaps").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/hospitals?gradeLevel=LEVEL_9").header(HttpHeaders.AUTHORIZATION, logins.bearer("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("gradeLevel")));
    }

    @Test
    void sortingByAnUnknownPropertyIsABadRequestNamingSort() throws Exception {
        mvc.perform(get("/api/v1/areas?sort=password_hash,desc").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("sort")));
    }

    @Test
    void listsArePagedAndSorted() throws Exception {
        mvc.perform(get("/api/v1/areas?hospitalId=" + h1() + "&size=2&page=1&sort=name,desc")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page", is(1)))
                .andExpect(jsonPath("$.size", is(2)))
                .andExpect(jsonPath("$.content.length()", is(2)))
                .andExpect(jsonPath("$.totalPages").isNumber())
                .andExpect(jsonPath("$.content[0].createdAt", org.hamcrest.Matchers.matchesPattern(
                        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z")));
    }

    @Test
    void unauthenticatedAndUnsupportedRequestsAreProblemsToo() throws Exception {
        mvc.perform(get("/api/v1/areas")).andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void problemTextsFollowTheLanguage() throws Exception {
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.detail", containsString("Authentication required")));
        mvc.perform(get("/api/v1/areas")).andExpect(jsonPath("$.detail", containsString("需要登录")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/areas']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme", is("bearer")));
    }

    @Test
    void healthIsPublicAndMetricsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    private ResultActions createArea(String json) throws Exception {
        return mvc.perform(post("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long h1() {
        return directory.hospitalIdByCode("H001").orElseThrow();
    }
}
