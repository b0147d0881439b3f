package com.safeward.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestAudit;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.ChineseIdNumber;

/** N-1.2, INC-9, WL-7: identities of persons involved are sealed, masked, and revealed only with an audited reason. */
@SafeWardTest
class IncidentPersonsTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired TestAudit audit;

    @Test
    void aGatheredPersonIsStoredSealedShownMaskedAndRevealedWithAReason() throws Exception {
        long incident = incident();
        String first17 = "41010519850312" + String.format("%03d", System.nanoTime() % 1000);
        String idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
        String body = register(incident, "security", Json.object("role", "GATHERED", "name", "王大锤",
                "documentType", "RESIDENT_ID", "documentNumber", idNumber, "phone", "13912345678"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name", is("王*锤")))
                .andExpect(jsonPath("$.documentNumber", is("410***********" + idNumber.substring(14))))
                .andExpect(jsonPath("$.phone", is("139****5678")))
                .andReturn().getResponse().getContentAsString();
        long person = ((Number) JsonPath.read(body, "$.id")).longValue();

        List<Map<String, Object>> rows = jdbc.sql("select * from incident_persons where id = :p").param("p", person)
                .query().listOfRows();
        assertThat(rows.get(0).values().stream().map(String::valueOf))
                .noneMatch(v -> v.contains(idNumber) || v.contains("13912345678") || v.contains("王大锤"));

        reveal(incident, person, "operator", "核实身份").andExpect(status().isForbidden());
        reveal(incident, person, "security", " ").andExpect(status().isBadRequest());
        reveal(incident, person, "security2", "核实身份").andExpect(status().isNotFound());
        reveal(incident, person, "security", "配合公安核实聚集人员身份").andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("王大锤")))
                .andExpect(jsonPath("$.documentNumber", is(idNumber)))
                .andExpect(jsonPath("$.phone", is("13912345678")));
        reveal(incident, person, "police", "立案侦查").andExpect(status().isOk());
        assertThat(audit.of("PERSONAL_DATA_VIEWED", "IncidentPerson", person)).extracting(TestAudit.Entry::reason)
                .containsExactly("立案侦查", "配合公安核实聚集人员身份"); // newest first
        mvc.perform(get("/api/v1/incidents/" + incident + "/persons").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(idNumber))));
    }

    @Test
    void invalidIdNumbersAreRefusedNamingTheField() throws Exception {
        long incident = incident();
        register(incident, "security", Json.object("role", "SUSPECT", "name", "李四", "documentType", "RESIDENT_ID",
                "documentNumber", "410105198503120011"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("documentNumber")));
        register(incident, "doctor", Json.object("role", "SUSPECT", "name", "李四", "documentType", "PASSPORT",
                "documentNumber", "E12345678")).andExpect(status().isForbidden());
    }

    @Test
    void offendersAreFollowedUpForSocialCreditAndTheirEmployer() throws Exception {
        long incident = incident();
        String body = register(incident, "police", Json.object("role", "OFFENDER", "name", "赵六",
                "documentType", "PASSPORT", "documentNumber", "E87654321", "employer", "某某公司")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long person = ((Number) JsonPath.read(body, "$.id")).longValue();
        for (String what : new String[] {"handed-to-police", "credit-recorded", "employer-notified"}) {
            mvc.perform(post("/api/v1/incidents/" + incident + "/persons/" + person + "/" + what)
                    .header(HttpHeaders.AUTHORIZATION, logins.bearer("police"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/incidents/" + incident + "/persons").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$[0].creditRecordedAt").exists())
                .andExpect(jsonPath("$[0].employerNotifiedAt").exists());
        mvc.perform(get("/incidents/" + incident).session(logins.session("security"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("赵*")));
    }

    private long incident() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        String body = mvc.perform(post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, logins.bearer("operator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", h1, "areaId", area, "incidentType", "GROUP_DISTURBANCE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private org.springframework.test.web.servlet.ResultActions register(long incident, String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/incidents/" + incident + "/persons").header(HttpHeaders.AUTHORIZATION, logins.bearer(user))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private org.springframework.test.web.servlet.ResultActions reveal(long incident, long person, String user, String reason)
            throws Exception {
        return mvc.perform(post("/api/v1/incidents/" + incident + "/persons/" + person + "/reveal")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer(user)).contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("reason", reason)));
    }
}
