package com.safeward.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestIdentities;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** WL-2 ward visitor check-in, as the front desk uses it: registered and screened in one step. */
@SafeWardTest
class VisitorCheckinTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void aVisitorIsRegisteredAndScreenedInOneStepAndAListedVisitorRaisesTheAlarm() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long ward = directory.departmentByCode(h1, "IM").orElseThrow().id();
        MockHttpSession desk = logins.session("doctor");
        mvc.perform(get("/visitors").session(desk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("住院探视登记")));

        String listed = TestIdentities.residentId("19720202");
        String body = Json.object("documentType", "RESIDENT_ID", "documentNumber", listed, "name", "吴老三",
                "category", "REPEATED_HARASSMENT", "reasons", "多次到病区缠闹", "riskLevel", "MEDIUM",
                "validUntil", LocalDate.now().plusYears(1).toString());
        String created = mvc.perform(post("/api/v1/watchlist").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/watchlist/" + id + "/review").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("approve", true))).andExpect(status().isOk());

        // a bad document number is shown next to the field, nothing is stored
        long before = jdbc.sql("select count(*) from visitor_checkins").query(Long.class).single();
        mvc.perform(post("/visitors").session(desk).with(csrf()).param("departmentId", String.valueOf(ward))
                .param("visitorName", "王小明").param("documentType", "RESIDENT_ID").param("documentNumber", "410102")
                .param("patientName", "王大明")).andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        assertThat(jdbc.sql("select count(*) from visitor_checkins").query(Long.class).single()).isEqualTo(before);

        // an ordinary visitor passes
        mvc.perform(post("/visitors").session(desk).with(csrf()).param("departmentId", String.valueOf(ward))
                .param("visitorName", "王小明").param("documentType", "RESIDENT_ID")
                .param("documentNumber", TestIdentities.residentId("19950505")).param("patientName", "王大明").param("bed", "12"))
                .andExpect(status().is3xxRedirection());
        // a listed visitor: the desk sees the warning, the ward's list shows it, security is alerted
        mvc.perform(post("/visitors").session(desk).with(csrf()).param("departmentId", String.valueOf(ward))
                .param("visitorName", "吴老三").param("documentType", "RESIDENT_ID").param("documentNumber", listed)
                .param("patientName", "吴小四").param("bed", "7"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("checkedIn"));
        String page = mvc.perform(get("/visitors").session(desk)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("吴*三").contains("完全匹配").doesNotContain(listed).doesNotContain("吴老三");
        String matches = mvc.perform(get("/api/v1/screenings?size=200").header(HttpHeaders.AUTHORIZATION,
                logins.bearer("security"))).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(matches,
                "$.content[?(@.personId == " + id + " && @.context == 'VISITOR_CHECKIN' && @.outcome == 'EXACT')]"))
                .hasSize(1);
        assertThat(inbox.of("security", "HIGH_RISK_PERSON", null)).anySatisfy(n -> assertThat(n.title()).contains("探视"));
        // the county narrows its screenings to one hospital: H001's match is there, not under H003
        String match = "$.content[?(@.personId == " + id + " && @.context == 'VISITOR_CHECKIN')]";
        for (String code : new String[] {"H001", "H003"}) {
            String narrowed = mvc.perform(get("/api/v1/screenings?size=200&hospitalId="
                    + directory.hospitalIdByCode(code).orElseThrow()).header(HttpHeaders.AUTHORIZATION,
                    logins.bearer("county"))).andReturn().getResponse().getContentAsString();
            assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(narrowed, match))
                    .as("%s's screenings", code).hasSize(code.equals("H001") ? 1 : 0);
        }

        // another hospital's security officer cannot check anyone in at H001's wards
        mvc.perform(post("/visitors").session(logins.session("security2")).with(csrf()).param("departmentId", String.valueOf(ward))
                .param("visitorName", "王小明").param("documentType", "RESIDENT_ID")
                .param("documentNumber", TestIdentities.residentId("19950505")).param("patientName", "王大明"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        mvc.perform(get("/visitors").session(logins.session("police"))).andExpect(status().isForbidden());
    }

    /** Issue 13: the desk's ward list holds only wards (N-4.1), another department is refused, and the last ward is the default. */
    @Test
    void theDeskOffersOnlyWardsAndRemembersTheLastOne() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long ward = directory.departmentByCode(h1, "IM").orElseThrow().id();
        long emergency = directory.departmentByCode(h1, "ED").orElseThrow().id();
        MockHttpSession desk = logins.session("guard");
        String page = mvc.perform(get("/visitors").session(desk)).andReturn().getResponse().getContentAsString();
        String wards = page.substring(page.indexOf("name=\"departmentId\""), page.indexOf("</select>", page.indexOf("name=\"departmentId\"")));
        assertThat(wards).contains("内科病区").doesNotContain("急诊科");

        mvc.perform(post("/visitors").session(desk).with(csrf()).param("departmentId", String.valueOf(emergency))
                .param("visitorName", "王小明").param("documentType", "RESIDENT_ID")
                .param("documentNumber", TestIdentities.residentId("19950505")).param("patientName", "王大明"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("探视登记只针对住院病区")));
        mvc.perform(post("/visitors").session(desk).with(csrf()).param("departmentId", String.valueOf(ward))
                .param("visitorName", "王小明").param("documentType", "RESIDENT_ID")
                .param("documentNumber", TestIdentities.residentId("19950505")).param("patientName", "王大明"))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/visitors").session(desk)).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<option value=\"" + ward + "\" selected=\"selected\">内科病区</option>");
    }
}
