package com.safeward.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Issue 17, point 4, with small limits: failed sign-ins are limited per client address and per
 * account (token exchange: 429 problem with Retry-After; the login form: back to the login page,
 * which says to wait), successes cost nothing; the screening API is limited per caller. Each test
 * comes from its own loopback address (a mock request's address: no connection is made).
 */
@SafeWardTest
@TestPropertySource(properties = {"safeward.security.sign-in-limits.failures-per-address=4",
        "safeward.security.sign-in-limits.failures-per-account=3", "safeward.watchlist.screenings-per-minute=3"})
class RateLimitTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;

    @Test
    void anAccountOutOfTriesIsRefusedEvenWithTheRightPasswordAndOtherAccountsAreNot() throws Exception {
        RequestPostProcessor from = address("127.0.0.21");
        for (int i = 0; i < 3; i++) {
            token("leader", "wrong-" + i, from).andExpect(status().isUnauthorized());
        }
        token("leader", "demo", from).andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // the account, not the address: the same address signs in to another account
        token("operator", "demo", from).andExpect(status().isOk()).andExpect(jsonPath("$.accessToken").exists());
        // and the account from another address is still out of tries
        token("leader", "demo", address("127.0.0.22")).andExpect(status().isTooManyRequests());
    }

    @Test
    void anAddressOutOfTriesIsRefusedForEveryAccountAndSuccessesCostNothing() throws Exception {
        RequestPostProcessor from = address("127.0.0.31");
        for (int i = 0; i < 10; i++) {
            token("complaints", "demo", from).andExpect(status().isOk()); // successes are free
        }
        token("doctor", "wrong", from).andExpect(status().isUnauthorized());
        token("guard", "wrong", from).andExpect(status().isUnauthorized());
        token("hadmin", "wrong", from).andExpect(status().isUnauthorized());
        token("police", "wrong", from).andExpect(status().isUnauthorized());
        token("city", "demo", from).andExpect(status().isTooManyRequests());
        token("city", "demo", address("127.0.0.32")).andExpect(status().isOk());
    }

    @Test
    void theLoginFormSendsAnAddressOutOfTriesBackToWaitWithoutCheckingThePassword() throws Exception {
        RequestPostProcessor from = address("127.0.0.41");
        for (String name : new String[] {"county", "province", "security2", "doctor"}) {
            form(name, "wrong", from).andExpect(redirectedUrl("/login?error"));
        }
        form("county", "demo", from).andExpect(redirectedUrl("/login?throttled"))
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER));
        mvc.perform(get("/login?throttled")).andExpect(status().isOk())
                .andExpect(content().string(containsString("登录失败次数过多")));
        form("county", "demo", address("127.0.0.42")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theScreeningApiIsLimitedPerIntegrationToken() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String his = logins.integration(h1, "SCREENING_SUBMIT");
        String other = logins.integration(h1, "SCREENING_SUBMIT");
        for (int i = 0; i < 3; i++) {
            screen(his).andExpect(status().isOk());
        }
        screen(his).andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.status").value(429));
        screen(other).andExpect(status().isOk());
    }

    private ResultActions screen(String token) throws Exception {
        return mvc.perform(post("/api/v1/screenings").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("context", "REGISTRATION",
                        "person", Json.map("documentType", "RESIDENT_ID", "documentNumber", com.safeward.TestIdentities.residentId("19800101"),
                                "name", "测试", "phone", null, "birthDate", null), "department", null)));
    }

    private ResultActions token(String username, String password, RequestPostProcessor from) throws Exception {
        return mvc.perform(with(post("/api/v1/auth/token"), from).contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", username, "password", password)));
    }

    private ResultActions form(String username, String password, RequestPostProcessor from) throws Exception {
        return mvc.perform(with(post("/login"), from).param("username", username).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, RequestPostProcessor from) {
        return request.with(from);
    }

    private static RequestPostProcessor address(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
