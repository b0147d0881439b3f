package com.safeward.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.safeward.SafeWardTest;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** WL-4: a drunk or violent patient raised in two taps from a phone, and security told at once. */
@SafeWardTest
class ConcernPageTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired OrganizationDirectory directory;

    @Test
    void aDrunkOrViolentPatientIsRaisedInTwoTapsAndSecurityIsTold() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        MockHttpSession doctor = logins.session("doctor");
        mvc.perform(get("/concern").session(doctor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"areaId\"")));
        MvcResult raised = mvc.perform(post("/concern").session(doctor).with(csrf()).param("areaId", String.valueOf(area)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("raisedIncident")).andReturn();
        long incident = (Long) raised.getFlashMap().get("raisedIncident");
        assertThat(inbox.await("security", "INCIDENT_REPORTED", "/incidents/" + incident)).hasSize(1);
        assertThat(inbox.await("operator", "INCIDENT_REPORTED", "/incidents/" + incident)).hasSize(1);
        long otherHospitalArea = directory.areaChoices(directory.hospitalIdByCode("H002").orElseThrow()).get(0).id();
        mvc.perform(post("/concern").session(doctor).with(csrf()).param("areaId", String.valueOf(otherHospitalArea)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("actionError"));
        mvc.perform(get("/concern").session(logins.session("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/concern").session(logins.session("county"))).andExpect(content().string(not(containsString("areaId"))));
    }
}
