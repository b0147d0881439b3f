package com.safeward.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** SUP-3: a regulator's interview (约谈) of H001, the hospital's response with a document, and the hospital's supervision history. */
@SafeWardTest
class SupervisionTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired OrganizationDirectory directory;

    @Test
    void anInterviewIsAnsweredByTheHospitalAndJoinsItsHistoryWithCircularsAndSupervisedCases() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String action = call("county", post("/api/v1/supervision-actions"), Json.object("hospitalId", h1,
                "kind", "INTERVIEW", "title", "急诊科暴力伤医事件约谈", "details", "请院领导说明整改措施",
                "respondBy", LocalDate.now().plusDays(5).toString()), 201);
        long id = ((Number) JsonPath.read(action, "$.id")).longValue();
        inbox.await("security", "SUPERVISION", "/supervision/" + id);
        assertThat(status("security2", get("/api/v1/supervision-actions/" + id))).isEqualTo(404);
        assertThat(status("city", get("/api/v1/supervision-actions/" + id))).as("the level above sees it").isEqualTo(200);
        assertThat(status("security", post("/api/v1/supervision-actions"), Json.object("hospitalId", h1,
                "kind", "GUIDANCE", "title", "t", "details", "d"))).isEqualTo(403);
        MockHttpServletResponse elsewhere = perform("county", post("/api/v1/supervision-actions"), Json.object(
                "hospitalId", directory.hospitalIdByCode("H002").orElseThrow(), "kind", "GUIDANCE", "title", "t", "details", "d"));
        assertThat(elsewhere.getStatus()).isEqualTo(400);
        assertThat(elsewhere.getContentAsString()).contains("\"field\":\"hospitalId\"");

        MockHttpServletResponse responded = mvc.perform(multipart("/api/v1/supervision-actions/" + id + "/response")
                .file(new MockMultipartFile("file", "整改报告.pdf", "application/pdf", TargetTaskTests.PDF))
                .param("response", "已落实急诊科夜间双岗")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))).andReturn().getResponse();
        assertThat(responded.getStatus()).as(responded.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<List<?>>read(responded.getContentAsString(), "$.responseDocuments")).hasSize(1);
        inbox.await("county", "SUPERVISION_RESPONSE", "/supervision/" + id);

        long circular = ((Number) JsonPath.read(call("county", post("/api/v1/circulars"), Json.object("title",
                "某院家属持刀伤医", "summary", "夜间急诊", "lessons", "急诊科须有保安值守"), 201), "$.id")).longValue();
        String history = call("security", get("/api/v1/supervision-actions/history?hospitalId=" + h1), null, 200);
        assertThat(JsonPath.<List<String>>read(history, "$[*].link")).contains("/supervision/" + id, "/circulars/" + circular);
        assertThat(status("security2", get("/api/v1/supervision-actions/history?hospitalId=" + h1))).isEqualTo(404);
    }

    private String call(String user, MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        MockHttpServletResponse response = perform(user, request, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    private int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return perform(user, request, null).getStatus();
    }

    private int status(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return perform(user, request, body).getStatus();
    }

    private MockHttpServletResponse perform(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, logins.bearer(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
