package com.safeward;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs demo users in through the real endpoints: bearer tokens from {@code POST
 * /api/v1/auth/token}, browser sessions from the login form. Results are cached per user.
 */
public class TestLogins {

    private final MockMvc mvc;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    TestLogins(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** {@code "Bearer <token>"} for a demo user (password "demo"). */
    public String bearer(String username) {
        return "Bearer " + tokens.computeIfAbsent(username, u -> token(u, "demo"));
    }

    /** A new token for a demo user, replacing the cached one (after a test moved the clock past its expiry). */
    public String renew(String username) {
        String fresh = token(username, "demo");
        tokens.put(username, fresh);
        return "Bearer " + fresh;
    }

    public String token(String username, String password) {
        try {
            MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content(Json.object("username", username, "password", password)))
                    .andExpect(status().isOk()).andReturn();
            return JsonPath.read(result.getResponse().getContentAsString(), "$.accessToken");
        } catch (Exception e) {
            throw new IllegalStateException("could not sign in " + username, e);
        }
    }

    /** A signed-in browser session of a demo user. */
    public MockHttpSession session(String username) {
        try {
            MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo"))
                    .andExpect(status().is3xxRedirection()).andReturn();
            return (MockHttpSession) result.getRequest().getSession(false);
        } catch (Exception e) {
            throw new IllegalStateException("could not sign in " + username, e);
        }
    }

    /** {@code "Bearer swi_…"}: a new integration token of the hospital with the permissions (made by admin). */
    public String integration(long hospitalId, String... permissions) {
        try {
            MvcResult result = mvc.perform(post("/api/v1/integration-tokens").header("Authorization", bearer("admin"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Json.object("name", "HIS " + System.nanoTime(), "hospitalId", hospitalId,
                            "permissions", List.of(permissions))))
                    .andExpect(status().isCreated()).andReturn();
            return "Bearer " + JsonPath.read(result.getResponse().getContentAsString(), "$.token");
        } catch (Exception e) {
            throw new IllegalStateException("could not create an integration token", e);
        }
    }
}
