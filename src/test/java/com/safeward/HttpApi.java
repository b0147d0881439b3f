package com.safeward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;

/**
 * The REST API of a running SafeWard ({@code webEnvironment = RANDOM_PORT}) as a demo user sees it, for
 * browser tests that need records to exist before they look at pages. Bodies are built with {@link Json}.
 */
public final class HttpApi {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public HttpApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code "Bearer …"} for a demo user (password "demo"). */
    public String bearer(String username) {
        return "Bearer " + JsonPath.read(send("POST", "/api/v1/auth/token", null,
                Json.object("username", username, "password", "demo"), 200), "$.accessToken");
    }

    /** POSTs the body (or nothing) and returns the answer, failing unless it is 2xx. */
    public String post(String bearer, String path, String json) {
        return send("POST", path, bearer, json, 0);
    }

    /** PUTs the body and returns the answer, failing unless it is 2xx. */
    public String put(String bearer, String path, String json) {
        return send("PUT", path, bearer, json, 0);
    }

    public String get(String bearer, String path) {
        return send("GET", path, bearer, null, 0);
    }

    /** A number the answer holds at the JSON path. */
    public static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    private String send(String method, String path, String bearer, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean ok = expected == 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
            if (!ok) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
