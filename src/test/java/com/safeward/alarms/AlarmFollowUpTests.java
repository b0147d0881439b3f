package com.safeward.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestDevices;
import com.safeward.TestLogins;

/**
 * INC-1: an alarm nobody acknowledges re-alerts and, after 3 minutes, notifies the security
 * officers and leaders of its hospital. The deadline is a persistent task; time is the test clock.
 */
@SafeWardTest
class AlarmFollowUpTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestDevices devices;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AlarmFollowUp followUp;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anUnacknowledgedAlarmReAlertsThenNotifiesSecurityAndLeaders() throws Exception {
        long alarm = raisePanic();
        Timestamp raised = jdbc.sql("select raised_at from alarms where id = :id").param("id", alarm)
                .query(Timestamp.class).single();
        Timestamp due = jdbc.sql("select execution_time from scheduled_tasks where task_name = 'alarm-follow-up' "
                + "and task_instance = :i").param("i", String.valueOf(alarm)).query(Timestamp.class).single();
        assertThat(Duration.between(raised.toInstant(), due.toInstant())).isEqualTo(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        assertThat(followUp.check(alarm)).isEqualTo(AlarmFollowUpPolicy.Action.RE_ALERT);
        long unreadBefore = unread("leader");

        clock.advance(Duration.ofMinutes(3));
        assertThat(followUp.check(alarm)).isEqualTo(AlarmFollowUpPolicy.Action.ESCALATE);
        assertThat(followUp.check(alarm)).as("escalates once").isEqualTo(AlarmFollowUpPolicy.Action.NONE);
        assertThat(unread("leader")).isEqualTo(unreadBefore + 1);
        assertThat(unread("security")).isPositive();
        assertThat(jdbc.sql("select count(*) from notifications where hospital_id = (select id from hospitals "
                + "where code = 'H002') and kind = 'ALARM_UNACKNOWLEDGED' and link = '/console' and body like :b")
                .param("b", "%#" + alarm + " %").query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, logins.bearer("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].kind", hasItem("ALARM_UNACKNOWLEDGED")));
        mvc.perform(get("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor")))
                .andExpect(jsonPath("$.content[*].body", not(hasItem(org.hamcrest.Matchers.containsString("#" + alarm + " ")))));
    }

    @Test
    void acknowledgingEndsTheFollowUp() throws Exception {
        long alarm = raisePanic();
        mvc.perform(post("/api/v1/alarms/" + alarm + "/acknowledge").header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(4));
        assertThat(followUp.check(alarm)).isEqualTo(AlarmFollowUpPolicy.Action.NONE);
    }

    @Test
    void usersReadAndMarkOnlyTheirOwnNotifications() throws Exception {
        long alarm = raisePanic();
        clock.advance(Duration.ofMinutes(4));
        followUp.check(alarm);
        String body = mvc.perform(get("/api/v1/notifications?size=1").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.content[0].id")).longValue();
        mvc.perform(post("/api/v1/notifications/" + id + "/read").header(HttpHeaders.AUTHORIZATION, logins.bearer("leader")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/" + id + "/read").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/notifications").session(logins.session("security"))).andExpect(status().isOk());
    }

    private long raisePanic() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        mvc.perform(post("/api/v1/device-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + button.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"eventId\":\"f-" + System.nanoTime() + "\",\"type\":\"PANIC\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}"))
                .andExpect(status().isAccepted());
        return jdbc.sql("select id from alarms where device_id = :d").param("d", button.id()).query(Long.class).single();
    }

    private long unread(String user) {
        return jdbc.sql("select count(*) from notifications where recipient = :u and read_at is null").param("u", user)
                .query(Long.class).single();
    }

    /** INC-1 numbers are configuration per region: the most specific region of the hospital decides. */
    @Test
    void aRegionsOwnTimingsApplyToItsHospitals() {
        AlarmTimings timings = new AlarmTimings(Duration.ofSeconds(30), Duration.ofMinutes(3), java.util.Map.of(
                "410000", new AlarmTimings.Override(null, Duration.ofMinutes(2)),
                "410102", new AlarmTimings.Override(Duration.ofSeconds(15), null)));
        AlarmFollowUpPolicy zhongyuan = timings.policyFor(java.util.List.of("410000", "410100", "410102"));
        assertThat(zhongyuan.reAlertAfter()).isEqualTo(Duration.ofSeconds(15));
        assertThat(zhongyuan.escalateAfter()).isEqualTo(Duration.ofMinutes(2));
        AlarmFollowUpPolicy erqi = timings.policyFor(java.util.List.of("410000", "410100", "410103"));
        assertThat(erqi.reAlertAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(erqi.escalateAfter()).isEqualTo(Duration.ofMinutes(2));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AlarmTimings(Duration.ofMinutes(5), Duration.ofMinutes(3),
                null)).isInstanceOf(IllegalArgumentException.class);
    }
}
