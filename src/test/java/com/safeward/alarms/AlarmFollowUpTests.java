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
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestDevices;
import com.safeward.TestInbox;
import com.safeward.TestLogins;

/**
 * INC-1: an alarm nobody acknowledges re-alerts and, after 3 minutes, notifies the security
 * officers and leaders of its hospital, once. The alarm keeps the time of its next check, which a
 * persistent recurring sweep acts on; time is the test clock.
 */
@SafeWardTest
class AlarmFollowUpTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired TestDevices devices;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AlarmFollowUp followUp;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /*
     * The recurring sweep also runs in the background (on this test clock), so these tests call it
     * and then look at what happened to their alarm, whichever sweep got there first.
     */
    @Test
    void anUnacknowledgedAlarmReAlertsThenNotifiesSecurityAndLeaders() throws Exception {
        long alarm = raisePanic();
        Instant raised = jdbc.sql("select raised_at from alarms where id = :id").param("id", alarm)
                .query(Timestamp.class).single().toInstant();
        assertThat(Duration.between(raised, followUpAt(alarm))).isEqualTo(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        followUp.sweep();
        assertThat(followUpAt(alarm)).as("re-alerted: next check 30 s on")
                .isAfterOrEqualTo(raised.plusSeconds(61)).isBefore(raised.plusSeconds(180));
        assertThat(escalationNotices("leader", alarm)).isZero();

        clock.advance(Duration.ofMinutes(3));
        followUp.sweep();
        assertThat(followUpAt(alarm)).as("escalated: nothing more to do").isNull();
        clock.advance(Duration.ofMinutes(1));
        followUp.sweep();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> escalationNotices("leader", alarm) > 0);
        assertThat(escalationNotices("leader", alarm)).as("escalates once").isEqualTo(1);
        assertThat(escalationNotices("security", alarm)).isEqualTo(1);
        String trail = mvc.perform(get("/api/v1/alarms/" + alarm).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(trail, "$.trail[*].action"))
                .filteredOn("ESCALATED"::equals).hasSize(1);
        assertThat(escalationNotices("security2", alarm)).as("another hospital's security hears nothing").isZero();
        mvc.perform(get("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, logins.bearer("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].kind", hasItem("ALARM_UNACKNOWLEDGED")));
        mvc.perform(get("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor")))
                .andExpect(jsonPath("$.content[*].body", not(hasItem(org.hamcrest.Matchers.containsString("#" + alarm + " ")))));
    }

    /** The sweep is a persistent recurring task (db-scheduler): it runs, and keeps running, every second. */
    @Test
    void theSweepRunsAsAPersistentTaskEverySecond() throws Exception {
        Instant start = Instant.now();
        // The scheduler polls in real time (its own clock, not the test clock).
        org.awaitility.Awaitility.await("a sweep succeeded after the start").atMost(Duration.ofSeconds(10))
                .until(() -> lastSweep().filter(at -> !at.isBefore(start.minusMillis(1))).isPresent());
        Timestamp next = jdbc.sql("select execution_time from scheduled_tasks where task_name = 'alarm-follow-up-sweep'")
                .query(Timestamp.class).single();
        assertThat(Duration.between(Instant.now(), next.toInstant())).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    private java.util.Optional<Instant> lastSweep() {
        return jdbc.sql("select last_success from scheduled_tasks where task_name = 'alarm-follow-up-sweep'")
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    @Test
    void acknowledgingEndsTheFollowUp() throws Exception {
        long alarm = raisePanic();
        mvc.perform(post("/api/v1/alarms/" + alarm + "/acknowledge").header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(status().isOk());
        assertThat(followUpAt(alarm)).isNull();
        clock.advance(Duration.ofMinutes(4));
        followUp.sweep();
        assertThat(escalationNotices("leader", alarm)).isZero();
    }

    @Test
    void usersReadAndMarkOnlyTheirOwnNotifications() throws Exception {
        raisePanic(); // escalated below: security gets a notification
        clock.advance(Duration.ofMinutes(4));
        followUp.sweep();
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
                .content(Json.object("eventId", "f-" + System.nanoTime(), "type", "PANIC",
                        "occurredAt", "2026-11-23T08:00:00Z")))
                .andExpect(status().isAccepted());
        return jdbc.sql("select id from alarms where device_id = :d").param("d", button.id()).query(Long.class).single();
    }

    private Instant followUpAt(long alarm) {
        Timestamp at = jdbc.sql("select follow_up_at from alarms where id = :id").param("id", alarm)
                .query(Timestamp.class).optional().orElse(null);
        return at == null ? null : at.toInstant();
    }

    private long escalationNotices(String user, long alarm) {
        return inbox.of(user, "ALARM_UNACKNOWLEDGED", "/console").stream()
                .filter(n -> n.body().contains("#" + alarm + " ")).count();
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
