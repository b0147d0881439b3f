package com.safeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * A person's notifications as they read them ({@code GET /api/v1/notifications}), so tests of other
 * modules never read the notifications module's tables. Notifications are written after the
 * change that caused them commits: {@link #await} waits for them.
 */
public class TestInbox {

    /** One notification as the API lists it. */
    public record Item(String kind, String title, String body, String link) {
    }

    private final MockMvc mvc;
    private final TestLogins logins;

    TestInbox(MockMvc mvc, TestLogins logins) {
        this.mvc = mvc;
        this.logins = logins;
    }

    /** The user's newest 200 notifications. */
    public List<Item> of(String username) {
        try {
            var response = mvc.perform(get("/api/v1/notifications?size=200").header(HttpHeaders.AUTHORIZATION,
                    logins.bearer(username))).andReturn().getResponse();
            if (response.getStatus() == 401) { // a test moved the clock past the cached token's expiry
                response = mvc.perform(get("/api/v1/notifications?size=200").header(HttpHeaders.AUTHORIZATION,
                        logins.renew(username))).andReturn().getResponse();
            }
            if (response.getStatus() != 200) {
                throw new IllegalStateException("notifications of " + username + ": HTTP " + response.getStatus());
            }
            String body = response.getContentAsString();
            List<Map<String, Object>> content = JsonPath.read(body, "$.content");
            return content.stream().map(n -> new Item((String) n.get("kind"), (String) n.get("title"),
                    (String) n.get("body"), (String) n.get("link"))).toList();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the notifications of " + username, e);
        }
    }

    /** The user's notifications of a kind (null: any) leading to a link (null: any). */
    public List<Item> of(String username, String kind, String link) {
        return of(username).stream().filter(n -> (kind == null || kind.equals(n.kind()))
                && (link == null || Objects.equals(link, n.link()))).toList();
    }

    /** Waits (10 s at most) until the user has at least one such notification; returns them all. */
    public List<Item> await(String username, String kind, String link) {
        return await(username, kind, link, 1);
    }

    /** Waits until the user has at least {@code count} such notifications; returns them all. */
    public List<Item> await(String username, String kind, String link, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> of(username, kind, link).size() >= count);
        return of(username, kind, link);
    }
}
