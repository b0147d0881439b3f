package com.safeward.watchlist;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** The pages this session added render for the people who use them, in Chinese and English. */
@SafeWardTest
class PagesRenderTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;

    @Test
    void eachPageRendersForItsUsers() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String[][] pages = {
            {"security", "/watchlist", "高风险人员"},
            {"security", "/watchlist?status=ACTIVE&category=THREATS_TO_HARM_STAFF", "高风险人员"},
            {"complaints", "/watchlist/new", "提请列管"},
            {"police", "/watchlist", "导出名单"},
            {"operator", "/screenings?all=true", "筛查预警"},
            {"doctor", "/visitors", "住院探视登记"},
            {"guard", "/concern", "醉酒/暴力患者"},
            {"doctor", "/care?due=false", "长期住院患者心理评估"},
            {"security", "/media-plans/" + h1, "信息发布预案"},
            {"city", "/media-plans", "信息发布预案"},
            {"county", "/circulars/new", "发布典型案例通报"},
            {"leader", "/circulars", "典型案例通报"},
            {"operator", "/console", "watchlist-alerts"},
        };
        for (String[] page : pages) {
            mvc.perform(get(page[1]).session(logins.session(page[0]))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(page[2])));
        }
        long ward = directory.departmentByCode(h1, "IM").orElseThrow().id();
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/inpatients")
                .header("Authorization", logins.bearer("doctor")).contentType("application/json")
                .content(Json.object("departmentId", ward, "admissionNo", "R" + System.nanoTime(),
                        "patientName", "页面测", "admittedOn", String.valueOf(java.time.LocalDate.now().minusDays(40)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long inpatient = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/care/inpatients/" + inpatient).session(logins.session("doctor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("记录心理评估")));
        mvc.perform(get("/care/inpatients/" + inpatient).session(logins.session("security2"))).andExpect(status().isNotFound());
        mvc.perform(get("/watchlist").session(logins.session("security")).cookie(new jakarta.servlet.http.Cookie(
                "safeward-lang", "en"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("High-risk persons")));
    }
}
