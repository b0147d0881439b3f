package com.safeward.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
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
import com.safeward.TestClock;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** RSK-4 对账销号: a regulator's task to its tertiary hospitals, reported done with a file, accepted or returned; overdue once. */
@SafeWardTest
class TargetTaskTests {

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired TargetTasks tasks;

    @AfterEach
    void realTime() {
        clock.reset();
        List.of("city", "county", "security", "security2").forEach(logins::renew);
    }

    @Test
    void theCitysTaskToItsTertiaryHospitalsIsReportedWithAFileAndAccepted() throws Exception {
        long h1 = hospital("H001");
        String task = call("city", post("/api/v1/tasks"), Json.object("title", "开展一次反恐防暴演练",
                "grade", "LEVEL_3", "requirementId", "DRL-2", "dueDate", LocalDate.now().plusDays(10).toString()), 201);
        long id = ((Number) JsonPath.read(task, "$.id")).longValue();
        assertThat(JsonPath.<List<Integer>>read(task, "$.assignments[*].hospitalId")).contains((int) h1)
                .doesNotContain((int) hospital("H002"));
        assertThat(status("security2", get("/api/v1/tasks/" + id))).as("H002 is 二级: not given the task").isEqualTo(404);
        inbox.await("security", "TASK_ISSUED", "/tasks/" + id);

        MockHttpServletResponse reported = mvc.perform(multipart("/api/v1/tasks/" + id + "/completion")
                .file(new MockMultipartFile("file", "演练记录.pdf", "application/pdf", PDF)).param("note", "已于本周组织演练")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))).andReturn().getResponse();
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(reported.getContentAsString(), "$.assignments[?(@.hospitalId == " + h1 + ")].status"))
                .containsExactly("REPORTED");
        inbox.await("city", "TASK_REPORTED", null);

        MockHttpServletResponse notIssuer = perform("county", post("/api/v1/tasks/" + id + "/accept"), Json.object("hospitalId", h1));
        assertThat(notIssuer.getStatus()).as("the county sees H001's part but did not issue the task").isEqualTo(400);
        String accepted = call("city", post("/api/v1/tasks/" + id + "/accept"), Json.object("hospitalId", h1, "note", "材料齐全"), 200);
        assertThat(JsonPath.<List<String>>read(accepted, "$.assignments[?(@.hospitalId == " + h1 + ")].status"))
                .containsExactly("ACCEPTED");
        assertThat(JsonPath.<Integer>read(accepted, "$.accepted")).isGreaterThanOrEqualTo(1);
        assertThat(status("security", post("/api/v1/tasks/" + id + "/accept"))).isEqualTo(403);
    }

    @Test
    void aReturnedTaskIsDoneAgainAndOneNotDoneByItsDeadlineIsOverdueOnce() throws Exception {
        long h1 = hospital("H001");
        long id = ((Number) JsonPath.read(call("city", post("/api/v1/tasks"), Json.object("title", "报送安保人员配备情况",
                "dueDate", LocalDate.now().plusDays(1).toString()), 201), "$.id")).longValue();
        mvc.perform(multipart("/api/v1/tasks/" + id + "/completion").param("note", "见附件")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security")));
        MockHttpServletResponse noReason = perform("city", post("/api/v1/tasks/" + id + "/return"), Json.object("hospitalId", h1));
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("\"field\":\"note\"");
        call("city", post("/api/v1/tasks/" + id + "/return"), Json.object("hospitalId", h1, "note", "缺少花名册"), 200);
        inbox.await("security", "TASK_RETURNED", "/tasks/" + id);

        clock.advance(Duration.ofDays(3));
        List.of("city", "security").forEach(logins::renew);
        tasks.sweep();
        tasks.sweep();
        assertThat(inbox.await("security", "TASK_OVERDUE", "/tasks/" + id)).hasSize(1);
        assertThat(inbox.await("city", "TASK_OVERDUE", "/tasks/" + id)).hasSizeGreaterThanOrEqualTo(1);
        String view = call("city", get("/api/v1/tasks/" + id), null, 200);
        assertThat(JsonPath.<List<Boolean>>read(view, "$.assignments[?(@.hospitalId == " + h1 + ")].overdue")).containsExactly(true);
    }

    private long hospital(String code) {
        return directory.hospitalIdByCode(code).orElseThrow();
    }

    private String call(String user, MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        MockHttpServletResponse response = perform(user, request, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    private int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return perform(user, request, null).getStatus();
    }

    private MockHttpServletResponse perform(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, logins.bearer(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
