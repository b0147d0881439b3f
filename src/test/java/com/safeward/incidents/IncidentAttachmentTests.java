package com.safeward.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestAudit;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** INC-4 evidence: type recognised by content, size limited, scoped, downloads audited. */
@SafeWardTest
class IncidentAttachmentTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestAudit audit;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void aPhotoIsAttachedListedAndDownloadedWithAnAuditEntry() throws Exception {
        long incident = incident();
        String body = upload(incident, "guard", new MockMultipartFile("file", "../../现场照片.png", "image/png", PNG))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename", is("现场照片.png")))
                .andExpect(jsonPath("$.contentType", is("image/png")))
                .andReturn().getResponse().getContentAsString();
        long attachment = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/incidents/" + incident + "/attachments/" + attachment)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PNG))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.startsWith("attachment")));
        assertThat(audit.of("EXPORTED", "EvidenceFile", attachment)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("police"));
        mvc.perform(get("/api/v1/incidents/" + incident + "/attachments/" + attachment)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security2"))).andExpect(status().isNotFound());
        mvc.perform(get("/incidents/" + incident).session(logins.session("security")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("现场照片.png")));
    }

    @Test
    void otherTypesEmptyAndOversizedFilesAreRefusedNamingTheFile() throws Exception {
        long incident = incident();
        upload(incident, "guard", new MockMultipartFile("file", "photo.png", "image/png", "<script>".getBytes()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("file")));
        upload(incident, "guard", new MockMultipartFile("file", "empty.png", "image/png", new byte[0]))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("file")));
        byte[] big = new byte[1_048_577];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        upload(incident, "guard", new MockMultipartFile("file", "big.png", "image/png", big))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("file")));
        upload(incident, "county", new MockMultipartFile("file", "p.png", "image/png", PNG)).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions upload(long incident, String user, MockMultipartFile file)
            throws Exception {
        return mvc.perform(multipart("/api/v1/incidents/" + incident + "/attachments").file(file)
                .header(HttpHeaders.AUTHORIZATION, logins.bearer(user)));
    }

    private long incident() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        String body = mvc.perform(post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, logins.bearer("guard"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "areaId", area, "incidentType", "PROPERTY_DAMAGE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
