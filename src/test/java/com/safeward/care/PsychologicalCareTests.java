package com.safeward.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** WL-6: long-term inpatients are due an assessment after 30 days, then every 14; a crisis opens an intervention. */
@SafeWardTest
class PsychologicalCareTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    ResultActions send(String path, String bearer, String json) throws Exception {
        return mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long admit(String bearer, String admissionNo, LocalDate admittedOn) throws Exception {
        return admit(bearer, admissionNo, admittedOn, "IM");
    }

    /** An admission to the ward with the code (the demo doctor works in ED, 急诊科). */
    long admit(String bearer, String admissionNo, LocalDate admittedOn, String wardCode) throws Exception {
        long ward = directory.departmentByCode(directory.hospitalIdByCode("H001").orElseThrow(), wardCode).orElseThrow().id();
        String body = send("/api/v1/inpatients", bearer, Json.object("departmentId", ward, "admissionNo", admissionNo,
                "patientName", "李长住", "bed", "12", "admittedOn", admittedOn.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aLongStayIsDueAfterThirtyDaysThenEveryFourteenAndOverdueAfterwards() throws Exception {
        String doctor = logins.bearer("doctor");
        long shortStay = admit(doctor, "Z" + System.nanoTime(), today().minusDays(5));
        long longStay = admit(doctor, "Z" + System.nanoTime(), today().minusDays(31));
        mvc.perform(get("/api/v1/inpatients?due=true&size=200").header(HttpHeaders.AUTHORIZATION, doctor))
                .andExpect(jsonPath("$.content[?(@.id == " + longStay + ")].status", hasItem("OVERDUE")))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) shortStay))))
                .andExpect(jsonPath("$.content[?(@.id == " + longStay + ")].patientMasked", hasItem("李*住")))
                .andExpect(jsonPath("$.totalElements").isNumber());

        send("/api/v1/inpatients/" + longStay + "/assessments", doctor, Json.object("result", "CONCERN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("note")));
        send("/api/v1/inpatients/" + longStay + "/assessments", doctor, Json.object("result", "NO_CONCERN",
                "score", 20))
                .andExpect(jsonPath("$.status", is("UP_TO_DATE")))
                .andExpect(jsonPath("$.dueOn", is(today().plusDays(14).toString())));

        clock.advance(Duration.ofDays(12)); // due within three days
        String later = "Bearer " + logins.token("doctor", "demo");
        mvc.perform(get("/api/v1/inpatients/" + longStay).header(HttpHeaders.AUTHORIZATION, later))
                .andExpect(jsonPath("$.status", is("DUE")));
        clock.advance(Duration.ofDays(3));
        later = "Bearer " + logins.token("doctor", "demo"); // access tokens last an hour
        mvc.perform(get("/api/v1/inpatients/" + longStay).header(HttpHeaders.AUTHORIZATION, later))
                .andExpect(jsonPath("$.status", is("OVERDUE")));
        send("/api/v1/inpatients/" + longStay + "/discharge", later, "{}").andExpect(jsonPath("$.dischargedOn").exists());
        mvc.perform(get("/api/v1/inpatients?due=true&size=200").header(HttpHeaders.AUTHORIZATION, later))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) longStay))));
    }

    @Test
    void aCrisisOpensAnInterventionThatIsFollowedUpUntilClosed() throws Exception {
        String doctor = logins.bearer("doctor");
        long patient = admit(doctor, "C" + System.nanoTime(), today().minusDays(40), "ED");
        String assessed = send("/api/v1/inpatients/" + patient + "/assessments", doctor,
                Json.object("result", "CRISIS", "score", 85, "note", "流露轻生念头，拒绝进食"))
                .andExpect(jsonPath("$.interventions[0].status", is("OPEN"))).andReturn().getResponse().getContentAsString();
        long intervention = ((Number) com.jayway.jsonpath.JsonPath.read(assessed, "$.interventions[0].id")).longValue();
        assertThat(inbox.await("security", "PSYCH_CRISIS", "/care/interventions/" + intervention)).hasSize(1);
        assertThat(inbox.await("doctor", "PSYCH_CRISIS", "/care/interventions/" + intervention))
                .as("the ward's doctor is told").singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("心理危机干预：李*住（急诊科 12）"));
        assertThat(inbox.of("complaints", "PSYCH_CRISIS", "/care/interventions/" + intervention))
                .as("staff of other departments are not").isEmpty();

        send("/api/v1/crisis-interventions/" + intervention + "/follow-ups", doctor, Json.object("note", "精神科会诊，24 小时陪护"))
                .andExpect(jsonPath("$.followUps[0].note", is("精神科会诊，24 小时陪护")));
        send("/api/v1/crisis-interventions/" + intervention + "/close", doctor, Json.object("outcome", " "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("outcome")));
        send("/api/v1/crisis-interventions/" + intervention + "/close", doctor, Json.object("outcome", "情绪平稳，转入常规观察"))
                .andExpect(jsonPath("$.status", is("CLOSED")));
        send("/api/v1/crisis-interventions/" + intervention + "/follow-ups", doctor, Json.object("note", "再次探视"))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/v1/crisis-interventions/" + intervention).header(HttpHeaders.AUTHORIZATION,
                logins.bearer("security"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/inpatients/" + patient).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inpatients/" + patient).header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isForbidden());
        send("/api/v1/inpatients/" + patient + "/assessments", logins.bearer("security"), Json.object("result", "NO_CONCERN"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/care").session(logins.session("doctor"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("长期住院患者心理评估")));
        mvc.perform(get("/care/interventions/" + intervention).session(logins.session("doctor"))).andExpect(status().isOk());
    }

    @Test
    void anAdmissionDatedTodayInBeijingIsAcceptedJustAfterMidnight() throws Exception {
        // WL-6: 00:30 in Beijing is still yesterday in UTC; today's admission must not count as "in the future".
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String his = logins.integration(h1, "ADMISSIONS_SUBMIT"); // integration tokens do not expire
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        clock.advance(java.time.Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()).plusMinutes(30)));
        send("/api/v1/inpatients", his, Json.object("departmentCode", "IM", "admissionNo", "M" + System.nanoTime(),
                "patientName", "钱午夜", "admittedOn", String.valueOf(today()))).andExpect(status().isCreated());
        send("/api/v1/inpatients", his, Json.object("departmentCode", "IM", "admissionNo", "M" + System.nanoTime(),
                "patientName", "钱午夜", "admittedOn", String.valueOf(today().plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("admittedOn")));
    }

    @Test
    void aHospitalInformationSystemReportsAdmissionsByWardCode() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String his = logins.integration(h1, "ADMISSIONS_SUBMIT");
        String number = "H" + System.nanoTime();
        send("/api/v1/inpatients", his, Json.object("departmentCode", "IM", "admissionNo", number,
                "patientName", "赵住院", "admittedOn", String.valueOf(today()))).andExpect(status().isCreated());
        send("/api/v1/inpatients", his, Json.object("departmentCode", "IM", "admissionNo", number,
                "patientName", "赵住院", "admittedOn", String.valueOf(today())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("admissionNo")));
        send("/api/v1/inpatients", his, Json.object("departmentCode", "NOPE", "admissionNo", "X" + number,
                "patientName", "赵住院", "admittedOn", String.valueOf(today())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("departmentCode")));
        send("/api/v1/inpatients", logins.integration(h1, "SCREENING_SUBMIT"), Json.object("departmentCode", "IM",
                "admissionNo", "Y" + number, "patientName", "赵住院", "admittedOn", String.valueOf(today()))).andExpect(status().isForbidden());
        mvc.perform(post("/care/inpatients").session(logins.session("doctor")).with(csrf()).param("admissionNo", "")
                .param("patientName", "x")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
    }
}
