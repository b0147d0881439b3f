package com.safeward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestAudit;
import com.safeward.TestClock;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** Login, lockout, bearer and integration tokens, password changes. */
@SafeWardTest
class AuthenticationTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestClock clock;
    @Autowired TestAudit audit;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory directory;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void formLoginStartsASessionAndWrongPasswordsAreTold() throws Exception {
        mvc.perform(formLogin("/login").user("doctor").password("demo")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("doctor").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.sql("select password_hash from users where username = 'doctor'").query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("demo");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        String user = newUser("locktest");
        for (int i = 0; i < 5; i++) {
            requestToken(user, "wrong-password").andExpect(status().isUnauthorized());
        }
        requestToken(user, "correct-horse-1").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("锁定")));
        mvc.perform(formLogin("/login").user(user).password("correct-horse-1")).andExpect(redirectedUrl("/login?locked"));

        clock.advance(Duration.ofMinutes(16));
        requestToken(user, "correct-horse-1").andExpect(status().isOk());
        List<String> actions = audit.by(user).stream().map(TestAudit.Entry::action).toList();
        assertThat(actions).contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_SUCCEEDED");
    }

    @Test
    void accessTokensExpire() throws Exception {
        String token = logins.token("guard", "demo");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.role", is("GUARD")));
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void loggingOutRevokesTheToken() throws Exception {
        String token = logins.token("leader", "demo");
        mvc.perform(post("/api/v1/auth/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void usersChangeTheirPasswordProvingTheCurrentOne() throws Exception {
        String user = newUser("pwchange");
        String bearer = "Bearer " + logins.token(user, "correct-horse-1");
        changePassword(bearer, "not-my-password", "new-secret-22", "new-secret-22")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("currentPassword")));
        changePassword(bearer, "correct-horse-1", "new-secret-22", "other-secret-22")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("confirmPassword")));
        changePassword(bearer, "correct-horse-1", "short", "short")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("newPassword")));
        changePassword(bearer, "correct-horse-1", "new-secret-22", "new-secret-22").andExpect(status().isNoContent());
        requestToken(user, "correct-horse-1").andExpect(status().isUnauthorized());
        requestToken(user, "new-secret-22").andExpect(status().isOk());
    }

    @Test
    void passwordChangePageShowsErrorsNextToTheField() throws Exception {
        mvc.perform(post("/account/password").session(logins.session("guard")).with(csrf())
                .param("currentPassword", "nope").param("newPassword", "another-one-9").param("confirmPassword", "another-one-9"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("当前密码不正确")));
    }

    @Test
    void integrationTokensAreShownOnceStoredHashedScopedAndRevocable() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        String body = mvc.perform(post("/api/v1/integration-tokens").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("name", "HIS 挂号系统", "hospitalId", h1,
                        "permissions", Json.array("ORGANIZATION_READ"))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.token", startsWith("swi_")))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/integration-tokens").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin")))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")].hint").exists())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString(token))));

        mvc.perform(get("/api/v1/areas?size=200").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].hospitalCode", org.hamcrest.Matchers.everyItem(is("H001"))));
        mvc.perform(get("/api/v1/hospitals/" + h2).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/integration-tokens").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("name", "other", "hospitalId", h2,
                        "permissions", Json.array("ORGANIZATION_READ"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("hospitalId")));
        mvc.perform(post("/api/v1/integration-tokens/" + id + "/revoke").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/integration-tokens/" + id + "/revoke").header(HttpHeaders.AUTHORIZATION, logins.bearer("hadmin")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void integrationTokensWithoutReadPermissionCannotReadOrganizations() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String body = mvc.perform(post("/api/v1/integration-tokens").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("name", "gateway", "hospitalId", h1,
                        "permissions", Json.array("DEVICE_EVENTS_SUBMIT"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    private String newUser(String prefix) throws Exception {
        String username = prefix + System.nanoTime() % 100000;
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        mvc.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", username, "displayName", "测试", "role", "GUARD", "hospitalId", h1,
                        "password", "correct-horse-1")))
                .andExpect(status().isCreated());
        return username;
    }

    private org.springframework.test.web.servlet.ResultActions requestToken(String user, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("username", user, "password", password)));
    }

    private org.springframework.test.web.servlet.ResultActions changePassword(String bearer, String current, String next,
            String confirm) throws Exception {
        return mvc.perform(post("/api/v1/me/password").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("currentPassword", current, "newPassword", next, "confirmPassword", confirm)));
    }
}
