package com.safeward.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestDevices;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/**
 * GB 50394, INC-1: a panic button cannot be switched off. Pressed while disabled, decommissioned
 * or without an area, it still raises an alarm at the best place known, marked with its condition,
 * and opens a fault for the device; other devices out of service are not heard.
 */
@SafeWardTest
class PanicButtonNeverDisarmedTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestDevices testDevices;
    @Autowired OrganizationDirectory directory;

    @Test
    void aDisabledPanicButtonStillRaisesItsAlarmAndOpensOneFault() throws Exception {
        TestDevices.Registered button = testDevices.register("H001", "PANIC_BUTTON");
        long area = directory.hospitalIdByCode("H001").map(h -> directory.areaChoices(h).get(0).id()).orElseThrow();
        update(button, area, false).andExpect(status().isOk()).andExpect(jsonPath("$.condition", is("DISABLED")));

        press(button).andExpect(status().is2xxSuccessful());
        press(button).andExpect(status().is2xxSuccessful());

        var alarms = testDevices.alarmsOf(button.id());
        assertThat(alarms).as("both presses raised an alarm").hasSize(2);
        mvc.perform(get("/api/v1/alarms/" + alarms.get(0)).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(jsonPath("$.deviceCondition", is("DISABLED")))
                .andExpect(jsonPath("$.areaId", is((int) area)));
        String faults = mvc.perform(get("/api/v1/devices/" + button.id() + "/faults")
                        .header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].kind", is("PRESSED_WHILE_DISABLED")))
                .andReturn().getResponse().getContentAsString();
        long fault = ((Number) JsonPath.read(faults, "$[0].id")).longValue();
        mvc.perform(get("/api/v1/devices?q=" + button.code()).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$.content[0].openFaults", is(1)));

        resolve(button, fault, "security2", "已更换").andExpect(status().isNotFound());
        resolve(button, fault, "security", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("resolution")));
        resolve(button, fault, "security", "已重新启用并测试").andExpect(status().isOk())
                .andExpect(jsonPath("$.resolvedBy", is("security")));
        resolve(button, fault, "security", "再次").andExpect(status().isBadRequest());
    }

    @Test
    void aDisabledDoorSensorIsNotHeard() throws Exception {
        TestDevices.Registered door = testDevices.register("H001", "ACCESS_DOOR");
        long area = directory.hospitalIdByCode("H001").map(h -> directory.areaChoices(h).get(0).id()).orElseThrow();
        update(door, area, false).andExpect(status().isOk());
        mvc.perform(post("/api/v1/device-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + door.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("eventId", "door-" + System.nanoTime(), "type", "DOOR_FORCED",
                        "occurredAt", "2026-11-23T08:00:00Z")))
                .andExpect(status().isUnauthorized());
        assertThat(testDevices.alarmsOf(door.id())).isEmpty();
    }

    @Test
    void anUnassignedPanicButtonAlarmsAtTheMonitoringCenterOrTheFirstArea() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String code = "PB-NA-" + System.nanoTime() % 1_000_000;
        String body = mvc.perform(post("/api/v1/devices").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.object("hospitalId", h1, "code", code,
                                "name", "未安装的一键报警", "deviceType", "PANIC_BUTTON")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.device.condition", is("UNASSIGNED")))
                .andReturn().getResponse().getContentAsString();
        TestDevices.Registered button = new TestDevices.Registered(((Number) JsonPath.read(body, "$.device.id")).longValue(),
                code, JsonPath.read(body, "$.token"));
        press(button).andExpect(status().is2xxSuccessful());
        long alarm = testDevices.alarmsOf(button.id()).get(0);
        mvc.perform(get("/api/v1/alarms/" + alarm).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(jsonPath("$.deviceCondition", is("UNASSIGNED")))
                .andExpect(jsonPath("$.areaId", is(directory.alarmFallbackArea(h1).orElseThrow().intValue())));
        mvc.perform(get("/api/v1/devices/" + button.id() + "/faults").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$[0].kind", is("PRESSED_WHILE_UNASSIGNED")));
    }

    @Test
    void aDecommissionedPanicButtonStillAlarmsAndCanNoLongerBeEdited() throws Exception {
        TestDevices.Registered button = testDevices.register("H001", "PANIC_BUTTON");
        mvc.perform(post("/api/v1/devices/" + button.id() + "/decommission")
                        .header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/devices/" + button.id() + "/decommission")
                        .header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.condition", is("DECOMMISSIONED")));
        press(button).andExpect(status().is2xxSuccessful());
        long alarm = testDevices.alarmsOf(button.id()).get(0);
        mvc.perform(get("/api/v1/alarms/" + alarm).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(jsonPath("$.deviceCondition", is("DECOMMISSIONED")));
        long area = directory.hospitalIdByCode("H001").map(h -> directory.areaChoices(h).get(0).id()).orElseThrow();
        update(button, area, true).andExpect(status().isBadRequest());
    }

    /** The registry page says it before anyone disables a panic button; the console marks the alarm. */
    @Test
    void theRegistryPageWarnsAndTheConsoleMarksTheAlarm() throws Exception {
        TestDevices.Registered button = testDevices.register("H001", "PANIC_BUTTON");
        mvc.perform(get("/devices/" + button.id() + "/edit").session(logins.session("security")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("紧急报警不得撤防")));
        long area = directory.hospitalIdByCode("H001").map(h -> directory.areaChoices(h).get(0).id()).orElseThrow();
        update(button, area, false).andExpect(status().isOk());
        press(button).andExpect(status().is2xxSuccessful());
        mvc.perform(get("/console/alarms").session(logins.session("operator")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("来自已停用设备")));
    }

    private ResultActions update(TestDevices.Registered device, long area, boolean enabled) throws Exception {
        String current = mvc.perform(get("/api/v1/devices/" + device.id())
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))).andReturn().getResponse().getContentAsString();
        return mvc.perform(put("/api/v1/devices/" + device.id()).header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("hospitalId",
                        JsonPath.<Integer>read(current, "$.hospitalId"), "areaId", area, "code", device.code(),
                        "name", "一键报警", "deviceType", JsonPath.<String>read(current, "$.deviceType"), "enabled", enabled)));
    }

    private ResultActions press(TestDevices.Registered button) throws Exception {
        return mvc.perform(post("/api/v1/device-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + button.token())
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("eventId", "p-" + System.nanoTime(),
                        "type", "PANIC", "occurredAt", "2026-11-23T08:00:00Z")));
    }

    private ResultActions resolve(TestDevices.Registered device, long fault, String user, String resolution)
            throws Exception {
        return mvc.perform(post("/api/v1/devices/" + device.id() + "/faults/" + fault + "/resolve")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer(user)).contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("resolution", resolution)));
    }
}
