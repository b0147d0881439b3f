package com.safeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

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
                    .content(Json.object("hospitalId", hospital, "areaId", area, "code", code, "name", "test",
                            "deviceType", type)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return new Registered(((Number) JsonPath.read(body, "$.device.id")).longValue(), code,
                    JsonPath.read(body, "$.token"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new token for the device (the old one stops working), as its hospital's security officer would. */
    public String rotate(long deviceId) {
        try {
            String body = mvc.perform(post("/api/v1/devices/" + deviceId + "/token")
                    .header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            return JsonPath.read(body, "$.token");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the alarms the device raised, newest first, as the alarms API lists them. */
    public List<Long> alarmsOf(long deviceId) {
        String body = read("/api/v1/alarms?state=ALL&size=200&deviceId=" + deviceId);
        return JsonPath.<List<Number>>read(body, "$.content[*].id").stream().map(Number::longValue).toList();
    }

    /** When the device was last heard from (null: never), as the devices API shows it. */
    public Instant lastSeenAt(long deviceId) {
        String seen = JsonPath.read(read("/api/v1/devices/" + deviceId), "$.lastSeenAt");
        return seen == null ? null : Instant.parse(seen);
    }

    private String read(String path) {
        try {
            var response = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))).andReturn()
                    .getResponse();
            if (response.getStatus() == 401) { // a test moved the clock past the cached token's expiry
                response = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, logins.renew("admin"))).andReturn()
                        .getResponse();
            }
            return response.getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
