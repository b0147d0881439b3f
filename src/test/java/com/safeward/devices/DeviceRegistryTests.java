package com.safeward.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** TEC-1: devices registered in an area of their hospital, tokens shown once and stored hashed. */
@SafeWardTest
class DeviceRegistryTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;
    @Autowired DeviceDirectory devices;
    @Autowired JdbcClient jdbc;

    @Test
    void securityRegistersAPanicButtonAndItsTokenAuthenticatesIt() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        String code = "PB-" + System.nanoTime() % 100000;
        String body = register("security", h1, area, code).andExpect(status().isCreated())
                .andExpect(jsonPath("$.token", startsWith("swd_")))
                .andExpect(jsonPath("$.device.location").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");

        assertThat(devices.authenticate(token)).hasValueSatisfying(d -> assertThat(d.code()).isEqualTo(code));
        assertThat(devices.byCodes("H001", code)).isPresent();
        assertThat(devices.byCodes("H002", code)).isEmpty();
        assertThat(jdbc.sql("select count(*) from devices where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/devices?q=" + code).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$.totalElements", is(1)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

        register("security", h1, area, code).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("code")));

        long id = ((Number) JsonPath.read(body, "$.device.id")).longValue();
        String rotated = mvc.perform(post("/api/v1/devices/" + id + "/token").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(devices.authenticate(token)).isEmpty();
        assertThat(devices.authenticate(JsonPath.read(rotated, "$.token"))).isPresent();
    }

    @Test
    void aDeviceMustSitInAnAreaOfItsOwnHospital() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        long h2Area = directory.areaChoices(h2).get(0).id();
        register("admin", h1, h2Area, "X-" + System.nanoTime() % 100000).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("areaId")));
    }

    @Test
    void anotherHospitalCannotSeeOrRegisterDevicesHere() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        String body = register("admin", h1, area, "D-" + System.nanoTime() % 100000).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.device.id")).longValue();
        mvc.perform(get("/api/v1/devices/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/devices/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isOk());
        register("security2", h1, area, "E-" + System.nanoTime() % 100000).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("hospitalId")));
        register("guard", h1, area, "F-" + System.nanoTime() % 100000).andExpect(status().isForbidden());
        mvc.perform(get("/devices").session(logins.session("doctor"))).andExpect(status().isForbidden());
    }

    @Test
    void theDevicePagesWork() throws Exception {
        var session = logins.session("security");
        mvc.perform(get("/devices").session(session)).andExpect(status().isOk());
        mvc.perform(get("/devices/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("南门入口")));
    }

    private org.springframework.test.web.servlet.ResultActions register(String user, long hospital, long area,
            String code) throws Exception {
        return mvc.perform(post("/api/v1/devices").header(HttpHeaders.AUTHORIZATION, logins.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("hospitalId", hospital, "areaId", area, "code", code, "name", "急诊一键报警",
                        "deviceType", "PANIC_BUTTON")));
    }
}
