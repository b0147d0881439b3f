package com.safeward.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import com.safeward.SafeWardTest;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** WL-2 ward visitor check-in and WL-4 two-tap reports, as the front desk and staff use them. */
@SafeWardTest
class FrontDeskPagesTests {

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

        String listed = WatchlistTests.idNumber("19720202");
        String body = "{\"documentType\":\"RESIDENT_ID\",\"documentNumber\":\"" + listed + "\",\"name\":\"吴老三\","
                + "\"category\":\"REPEATED_HARASSMENT\",\"reasons\":\"多次到病区缠闹\",\"riskLevel\":\"MEDIUM\","
                + "\"validUntil\":\"" + LocalDate.now().plusYears(1) + "\"}";
        String created = mvc.perform(post("/api/v1/watchlist").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/watchlist/" + id + "/review").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isOk());

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
                .param("documentNumber", WatchlistTests.idNumber("19950505")).param("patientName", "王大明").param("bed", "12"))
                .andExpect(status().is3xxRedirection());
        // a listed visitor: the desk sees the warning, the ward's list shows it, security is alerted
        mvc.perform(post("/visitors").session(desk).with(csrf()).param("departmentId", String.valueOf(ward))
                .param("visitorName", "吴老三").param("documentType", "RESIDENT_ID").param("documentNumber", listed)
                .param("patientName", "吴小四").param("bed", "7"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("checkedIn"));
        String page = mvc.perform(get("/visitors").session(desk)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("吴*三").contains("完全匹配").doesNotContain(listed).doesNotContain("吴老三");
        assertThat(jdbc.sql("select count(*) from screenings where context = 'VISITOR_CHECKIN' and outcome = 'EXACT' "
                + "and person_id = :p").param("p", id).query(Long.class).single()).isEqualTo(1);
        assertThat(inbox.of("security", "HIGH_RISK_PERSON", null)).anySatisfy(n -> assertThat(n.title()).contains("探视"));

        // another hospital's security officer cannot check anyone in at H001's wards
        mvc.perform(post("/visitors").session(logins.session("security2")).with(csrf()).param("departmentId", String.valueOf(ward))
                .param("visitorName", "王小明").param("documentType", "RESIDENT_ID")
                .param("documentNumber", WatchlistTests.idNumber("19950505")).param("patientName", "王大明"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        mvc.perform(get("/visitors").session(logins.session("police"))).andExpect(status().isForbidden());
    }

    @Test
    void aDrunkOrViolentPatientIsRaisedInTwoTapsAndSecurityIsTold() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        MockHttpSession doctor = logins.session("doctor");
        mvc.perform(get("/concern").session(doctor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"areaId\"")));
        mvc.perform(post("/concern").session(doctor).with(csrf()).param("areaId", String.valueOf(area)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("raisedIncident"));
        long incident = jdbc.sql("select max(id) from incidents where incident_type = 'DRUNK_OR_VIOLENT_PATIENT' "
                + "and reported_by = 'doctor'").query(Long.class).single();
        assertThat(inbox.await("security", "INCIDENT_REPORTED", "/incidents/" + incident)).hasSize(1);
        assertThat(inbox.await("operator", "INCIDENT_REPORTED", "/incidents/" + incident)).hasSize(1);
        long otherHospitalArea = directory.areaChoices(directory.hospitalIdByCode("H002").orElseThrow()).get(0).id();
        mvc.perform(post("/concern").session(doctor).with(csrf()).param("areaId", String.valueOf(otherHospitalArea)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("actionError"));
        mvc.perform(get("/concern").session(logins.session("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/concern").session(logins.session("county"))).andExpect(content().string(not(containsString("areaId"))));
    }
}
