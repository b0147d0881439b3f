package com.safeward.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;

/**
 * DSP-1: limits in working days skip the public holidays and count the weekend days worked
 * instead, as the State Council's 2026 arrangement (seeded) sets them; system admins keep the calendar.
 */
@SafeWardTest
class WorkingCalendarTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired WorkingCalendar calendar;

    /** Five working days from 29 September 2026: 30 Sep, then National Day, then 8, 9, 10 (a Saturday worked) and 12 October. */
    @Test
    void fiveWorkingDaysAcrossNationalDayCountTheAdjustedSaturday() throws Exception {
        String deadline = call("complaints", get("/api/v1/working-calendar/deadline?from=2026-09-29&workingDays=5"), null, 200);
        assertThat(JsonPath.<String>read(deadline, "$.due")).isEqualTo("2026-10-12");
        assertThat(JsonPath.<Boolean>read(deadline, "$.yearEntered")).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休上班 Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("调休上班 Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).as("National Day, a Monday").isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).as("Spring Festival: the Saturday before is worked")
                .isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 1), 0)).isEqualTo(LocalDate.of(2026, 12, 1));
        String negative = call("complaints", get("/api/v1/working-calendar/deadline?from=2026-09-29&workingDays=-1"), null, 400);
        assertThat(JsonPath.<List<String>>read(negative, "$.errors[*].field")).containsExactly("workingDays");
    }

    /** A system admin enters the next year's arrangement; nobody else may; a year not entered says so. */
    @Test
    void systemAdminsKeepTheCalendarAndAYearNotEnteredSaysSo() throws Exception {
        String year = call("complaints", get("/api/v1/working-calendar?year=2031"), null, 200);
        assertThat(JsonPath.<java.util.Map<String, Object>>read(year, "$").get("source")).as("not entered").isNull();
        assertThat(JsonPath.<Boolean>read(call("complaints", get("/api/v1/working-calendar/deadline?from=2031-01-01"
                + "&workingDays=1"), null, 200), "$.yearEntered")).isFalse();

        call("security", put("/api/v1/working-calendar/2031-01-02"), Json.object("working", false, "name", "元旦"), 403);
        String blank = call("admin", put("/api/v1/working-calendar/2031-01-02"), Json.object("working", false, "name", " "), 400);
        assertThat(JsonPath.<List<String>>read(blank, "$.errors[*].field")).containsExactly("name");
        call("admin", put("/api/v1/working-calendar/2031-01-02"), Json.object("working", false, "name", "元旦"), 200);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).as("a Thursday made a holiday").isFalse();
        call("admin", put("/api/v1/working-calendar/years/2031"), Json.object("source", "国务院办公厅关于2031年部分节假日安排的通知"), 200);
        year = call("complaints", get("/api/v1/working-calendar?year=2031"), null, 200);
        assertThat(JsonPath.<String>read(year, "$.source")).contains("2031");
        assertThat(JsonPath.<List<String>>read(year, "$.days[*].name")).containsExactly("元旦");

        String absurd = call("complaints", get("/api/v1/working-calendar?year=2147483647"), null, 400);
        assertThat(JsonPath.<List<String>>read(absurd, "$.errors[*].field")).containsExactly("year");
        call("admin", delete("/api/v1/working-calendar/2031-01-02"), null, 204);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
        call("admin", delete("/api/v1/working-calendar/2031-01-02"), null, 404);

        String page = mvc.perform(get("/working-calendar?year=2026").session(logins.session("admin"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("国庆节调休上班").contains("国务院办公厅关于2026年部分节假日安排的通知");
    }

    private String call(String user, MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, logins.bearer(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }
}
