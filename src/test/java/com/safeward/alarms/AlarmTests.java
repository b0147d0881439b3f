package com.safeward.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestDevices;
import com.safeward.TestLogins;

/** INC-1 alarms: raised by device events at the device's location; acknowledged and reset by operators. */
@SafeWardTest
class AlarmTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestDevices devices;
    @Autowired JdbcClient jdbc;

    @Test
    void aPanicPressRaisesOneLatchedCriticalAlarmAtTheButtonsLocation() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        String eventId = "press-" + System.nanoTime();
        press(button, eventId, "PANIC").andExpect(status().isAccepted());
        press(button, eventId, "PANIC").andExpect(status().isOk());

        Long alarmId = alarmOf(button);
        mvc.perform(get("/api/v1/alarms/" + alarmId).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alarmType", is("PANIC")))
                .andExpect(jsonPath("$.severity", is("CRITICAL")))
                .andExpect(jsonPath("$.latched", is(true)))
                .andExpect(jsonPath("$.location", notNullValue()))
                .andExpect(jsonPath("$.deviceCode", is(button.code())))
                .andExpect(jsonPath("$.trail[*].action", contains("RAISED")));
        mvc.perform(get("/api/v1/alarms?state=UNACKNOWLEDGED&size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(jsonPath("$.content[*].id", hasItem(alarmId.intValue())));
        assertThat(jdbc.sql("select count(*) from alarms where device_id = :d").param("d", button.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void heartbeatsAndDoorEventsRaiseNoAlarm() throws Exception {
        TestDevices.Registered door = devices.register("H001", "ACCESS_DOOR");
        press(door, "hb-" + System.nanoTime(), "HEARTBEAT").andExpect(status().isAccepted());
        press(door, "open-" + System.nanoTime(), "DOOR_OPENED").andExpect(status().isAccepted());
        assertThat(alarmCount(door)).isZero();
        press(door, "forced-" + System.nanoTime(), "DOOR_FORCED").andExpect(status().isAccepted());
        assertThat(alarmCount(door)).isEqualTo(1);
    }

    @Test
    void acknowledgedAndClearedAreSeparateFactsAndAPanicResetNeedsANote() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        press(button, "p-" + System.nanoTime(), "PANIC").andExpect(status().isAccepted());
        long id = alarmOf(button);
        String operator = logins.bearer("operator");

        mvc.perform(post("/api/v1/alarms/" + id + "/acknowledge").header(HttpHeaders.AUTHORIZATION, operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy", is("operator")))
                .andExpect(jsonPath("$.clearedAt").doesNotExist());
        clear(id, operator, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("note")));
        press(button, "p2-" + System.nanoTime(), "PANIC"); // a device event never clears a latched alarm
        mvc.perform(get("/api/v1/alarms/" + id).header(HttpHeaders.AUTHORIZATION, operator))
                .andExpect(jsonPath("$.clearedAt").doesNotExist());
        clear(id, operator, Json.object("note", "现场核实为误按，已复位")).andExpect(status().isOk())
                .andExpect(jsonPath("$.clearedBy", is("operator")))
                .andExpect(jsonPath("$.trail[*].action", contains("RAISED", "ACKNOWLEDGED", "RESET")))
                .andExpect(jsonPath("$.trail[2].note", is("现场核实为误按，已复位")));
        clear(id, operator, Json.object("note", "again")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/alarms?size=200").header(HttpHeaders.AUTHORIZATION, operator))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
    }

    @Test
    void alarmsStayInsideTheirHospitalAndOnlyOperatorsAct() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        press(button, "s-" + System.nanoTime(), "PANIC").andExpect(status().isAccepted());
        long id = alarmOf(button);
        mvc.perform(get("/api/v1/alarms/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/alarms?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(post("/api/v1/alarms/" + id + "/acknowledge").header(HttpHeaders.AUTHORIZATION, logins.bearer("leader")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/alarms").header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console").session(logins.session("operator"))).andExpect(status().isOk());
        mvc.perform(get("/console").session(logins.session("guard"))).andExpect(status().isForbidden());
    }

    @Test
    void operatorsDispatchAGuardWhoConfirmsReceiptAndArrivalFromThePhone() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        press(button, "d-" + System.nanoTime(), "PANIC").andExpect(status().isAccepted());
        long id = alarmOf(button);
        String operator = logins.bearer("operator");
        mvc.perform(post("/api/v1/alarms/" + id + "/dispatch").header(HttpHeaders.AUTHORIZATION, operator)
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("guard", "security2")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("guard")));
        mvc.perform(post("/api/v1/alarms/" + id + "/dispatch").header(HttpHeaders.AUTHORIZATION, operator)
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("guard", "guard",
                        "instructions", "携带防暴叉")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.guards[0].guard", is("guard")))
                .andExpect(jsonPath("$.guards[0].acknowledgedAt").doesNotExist());

        String guard = logins.bearer("guard");
        String tasks = mvc.perform(get("/api/v1/my-tasks").header(HttpHeaders.AUTHORIZATION, guard))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int task = com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(tasks,
                "$[?(@.sourceId == " + id + ")].id").get(0);
        mvc.perform(post("/api/v1/my-tasks/" + task + "/arrived").header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/my-tasks/" + task + "/acknowledge").header(HttpHeaders.AUTHORIZATION, guard))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedAt").exists());
        mvc.perform(post("/api/v1/my-tasks/" + task + "/arrived").header(HttpHeaders.AUTHORIZATION, guard))
                .andExpect(status().isOk()).andExpect(jsonPath("$.arrivedAt").exists());

        mvc.perform(get("/api/v1/alarms/" + id).header(HttpHeaders.AUTHORIZATION, operator))
                .andExpect(jsonPath("$.guards[0].arrivedAt").exists());
        // the alarm hears of the arrival from the dispatch module's event, once the arrival is committed
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/v1/alarms/" + id).header(HttpHeaders.AUTHORIZATION, operator))
                        .andExpect(jsonPath("$.trail[*].action", contains("RAISED", "DISPATCHED", "GUARD_ARRIVED"))));
        mvc.perform(get("/my-tasks").session(logins.session("guard"))).andExpect(status().isOk());
    }

    private ResultActions press(TestDevices.Registered device, String eventId, String type) throws Exception {
        return mvc.perform(post("/api/v1/device-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + device.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("eventId", eventId, "type", type, "occurredAt", "2026-11-23T08:00:00Z")));
    }

    private ResultActions clear(long id, String bearer, String body) throws Exception {
        return mvc.perform(post("/api/v1/alarms/" + id + "/clear").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Long alarmOf(TestDevices.Registered device) {
        return jdbc.sql("select min(id) from alarms where device_id = :d").param("d", device.id()).query(Long.class).single();
    }

    private long alarmCount(TestDevices.Registered device) {
        return jdbc.sql("select count(*) from alarms where device_id = :d").param("d", device.id()).query(Long.class).single();
    }
}
