package com.safeward.mediaplans;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** INC-8: a hospital's media contact and release plan; regulators see who has none. */
@SafeWardTest
class MediaPlanTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;

    String plan(String phone) {
        return Json.object("contactName", "宣传科 王科长", "contactTitle", "宣传科科长", "contactPhone", phone,
                "plan", "重大案件发生后 1 小时内由宣传科经院长同意发布情况通报……", "reviewedOn", String.valueOf(LocalDate.now()));
    }

    @Test
    void theHospitalKeepsItsPlanAndTheRegionSeesWhoHasNone() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String security = logins.bearer("security");
        mvc.perform(put("/api/v1/hospitals/" + h1 + "/media-plan").header(HttpHeaders.AUTHORIZATION, security)
                .contentType(MediaType.APPLICATION_JSON).content(plan("电话")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("contactPhone")));
        mvc.perform(put("/api/v1/hospitals/" + h1 + "/media-plan").header(HttpHeaders.AUTHORIZATION, security)
                .contentType(MediaType.APPLICATION_JSON).content(plan("0371-66660000")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missing", is(false)))
                .andExpect(jsonPath("$.contactName", is("宣传科 王科长")));
        mvc.perform(get("/api/v1/hospitals/" + h1 + "/media-plan").header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(jsonPath("$.contactPhone", is("0371-66660000")));
        mvc.perform(get("/api/v1/hospitals/" + h1 + "/media-plan").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/hospitals/" + h1 + "/media-plan").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor"))
                .contentType(MediaType.APPLICATION_JSON).content(plan("0371-66660000"))).andExpect(status().isForbidden());
        mvc.perform(get("/media-plans").session(logins.session("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("宣传科 王科长")))
                .andExpect(content().string(containsString("未制定"))); // H003 has none
        mvc.perform(get("/media-plans").session(logins.session("security"))).andExpect(status().is3xxRedirection());
    }
}
