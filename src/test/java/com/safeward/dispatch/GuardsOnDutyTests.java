package com.safeward.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.HttpApi;
import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/**
 * INC-1, issue 13: the monitoring center sees which of its hospital's guards are free to be sent and
 * which are on a task, and the pickers offer the free ones first; nobody else sees another
 * hospital's guards.
 */
@SafeWardTest
class GuardsOnDutyTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;
    @Autowired GuardDispatch dispatch;

    @Test
    void aGuardOnTheWayIsListedWithTheTaskAndTheFreeOnesAreOfferedFirst() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String second = "guard" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("username", second, "displayName",
                        "保安 孙师傅", "role", "GUARD", "hospitalId", h1, "password", "long-enough-1")))
                .andExpect(status().isCreated());
        long area = directory.areaChoices(h1).get(0).id();
        String incident = mvc.perform(post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("hospitalId", h1, "areaId", area,
                        "incidentType", "THREAT", "description", "扬言报复")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/incidents/" + HttpApi.id(incident, "$.id") + "/dispatch")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")).contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("guard", "guard"))).andExpect(status().isOk());

        assertThat(dispatch.guardsOf(h1)).as("free guards first").containsSubsequence(second, "guard");
        String page = mvc.perform(get("/guards").session(logins.session("operator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String busy = page.substring(page.indexOf("data-total=\"busy\""));
        assertThat(busy).contains("保安 王师傅").contains(directory.areaChoices(h1).get(0).label().split(" ")[2]);
        assertThat(page.substring(page.indexOf("data-total=\"free\""), page.indexOf("data-total=\"busy\"")))
                .contains("保安 孙师傅").doesNotContain("保安 王师傅");

        // another hospital's security sees its own guards only; other roles do not see guards
        assertThat(mvc.perform(get("/guards").session(logins.session("security2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("王师傅").doesNotContain("孙师傅");
        for (String user : new String[] {"doctor", "police", "county", "guard"}) {
            mvc.perform(get("/guards").session(logins.session(user))).andExpect(status().isForbidden());
        }
    }
}
