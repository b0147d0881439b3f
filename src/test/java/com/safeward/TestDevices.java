package com.safeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.safeward.organizations.OrganizationDirectory;

/** Registers devices through the real API, as a hospital's security officer would. */
public class TestDevices {

    private final MockMvc mvc;
    private final TestLogins logins;
    private final OrganizationDirectory directory;

    TestDevices(MockMvc mvc, TestLogins logins, OrganizationDirectory directory) {
        this.mvc = mvc;
        this.logins = logins;
        this.directory = directory;
    }

    /** A registered device: its id, code and the token shown once. */
    public record Registered(long id, String code, String token) {
    }

    /** A device of the given type in the first area of the hospital. */
    public Registered register(String hospitalCode, String type) {
        long hospital = directory.hospitalIdByCode(hospitalCode).orElseThrow();
        long area = directory.areaChoices(hospital).get(0).id();
        String code = type + "-" + System.nanoTime() % 10_000_000;
        try {
            String body = mvc.perform(post("/api/v1/devices").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"hospitalId\":" + hospital + ",\"areaId\":" + area + ",\"code\":\"" + code
                            + "\",\"name\":\"test\",\"deviceType\":\"" + type + "\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return new Registered(((Number) JsonPath.read(body, "$.device.id")).longValue(), code,
                    JsonPath.read(body, "$.token"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
