package com.safeward.circulars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import com.safeward.TestInbox;
import com.safeward.TestLogins;

/** INC-7: the county circulates a typical case to its hospitals and sees which have read it. */
@SafeWardTest
class CircularTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired JdbcClient jdbc;

    @Test
    void theCountyCirculatesATypicalCaseAndSeesWhoReadIt() throws Exception {
        String county = logins.bearer("county");
        mvc.perform(post("/api/v1/circulars").header(HttpHeaders.AUTHORIZATION, county).contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("title", " ", "summary", "x", "lessons", "y")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("title")));
        mvc.perform(post("/api/v1/circulars").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("title", "t", "summary", "x",
                        "lessons", "y")))
                .andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/v1/circulars").header(HttpHeaders.AUTHORIZATION, county)
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("title", "某院急诊科患者家属持刀伤医",
                        "summary", "夜间急诊，家属因候诊时间长持刀伤人。", "lessons", "急诊科夜间须有保安值守，一键报警每月测试。")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.hospitals", is(2))) // H001 and H003 (中原区)
                .andExpect(jsonPath("$.read", is(0))).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(inbox.await("security", "CIRCULAR", "/circulars/" + id)).hasSize(1);
        assertThat(inbox.await("leader", "CIRCULAR", "/circulars/" + id)).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("典型案例通报：某院急诊科患者家属持刀伤医"));

        mvc.perform(post("/api/v1/circulars/" + id + "/read").header(HttpHeaders.AUTHORIZATION, logins.bearer("leader")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.read", is(1)))
                .andExpect(jsonPath("$.receipts.length()", is(1))); // a hospital sees its own reading only
        mvc.perform(get("/api/v1/circulars/" + id).header(HttpHeaders.AUTHORIZATION, county))
                .andExpect(jsonPath("$.receipts.length()", is(2)))
                .andExpect(jsonPath("$.receipts[?(@.readBy == 'leader')].hospitalLabel", hasItem(org.hamcrest.Matchers.startsWith("H001"))));
        // 二七区 (H002) is not in 中原区: its staff do not see the circular
        mvc.perform(get("/api/v1/circulars/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/circulars").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/circulars/" + id).session(logins.session("city"))).andExpect(status().isOk());
    }
}
