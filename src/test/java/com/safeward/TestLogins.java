package com.safeward;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

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

    public String token(String username, String password) {
        try {
            MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
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
}
