package com.safeward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 17, point 3, as production runs it: the profile {@code https} (part of {@code prod}) behind a
 * TLS-terminating proxy on this machine, which says {@code X-Forwarded-Proto: https}. Every page
 * without a path variable, signed in, answers with HSTS, a CSP without inline script that no frame
 * may embed, {@code nosniff} and a referrer policy; every cookie SafeWard sets (session, language)
 * is Secure, HttpOnly and SameSite=Lax. Over plain HTTP no HSTS is sent (browsers ignore it there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.profiles.include=https")
class TransportSecurityTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageKeepsItsSecurityHeadersAndEveryCookieIsSecure() throws Exception {
        // sign in through the form, as a browser behind the proxy would
        HttpResponse<String> login = send(request("/login").GET(), null);
        String preSession = sessionCookie(login);
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the login form carries its CSRF token").isTrue();
        HttpResponse<String> signedIn = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))), preSession);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = sessionCookie(signedIn);
        assertSecureCookies(login);
        assertSecureCookies(signedIn);

        List<String> pages = pages();
        assertThat(pages).as("the pages found").contains("/devices", "/complaints", "/disputes", "/devices/refusals");
        List<String> missing = new ArrayList<>();
        int shown = 0;
        for (String page : pages) {
            HttpResponse<String> answer = send(request(page).GET(), session);
            shown += answer.statusCode() == 200 ? 1 : 0;
            assertSecureCookies(answer);
            String problem = headersMissing(answer);
            if (!problem.isEmpty()) {
                missing.add(page + " (" + answer.statusCode() + "): " + problem);
            }
        }
        assertThat(missing).as("pages without their security headers").isEmpty();
        assertThat(shown).as("pages the system admin was shown (signed in, not sent back to the login)")
                .isGreaterThan(pages.size() / 2);

        // the language cookie is set like the session cookie
        HttpResponse<String> english = send(request("/?lang=en").GET(), session);
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("safeward-lang="));
        assertSecureCookies(english);

        // the API answers with them too, signed in or not
        assertThat(headersMissing(send(request("/api/v1/me").GET(), null))).isEmpty();
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() throws Exception {
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** Every GET page of a page controller without a path variable, and without an endless stream. */
    private List<String> pages() {
        List<String> pages = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!isPage(method) || !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            for (String path : info.getPatternValues()) {
                if (!path.contains("{") && !path.contains("stream") && !path.equals("/error")
                        && !path.startsWith("/public/complaints/track")) {
                    pages.add(path);
                }
            }
        });
        return pages.stream().distinct().sorted().toList();
    }

    private static boolean isPage(HandlerMethod method) {
        return method.getBeanType().isAnnotationPresent(Controller.class)
                && method.getBeanType().getPackageName().startsWith("com.safeward");
    }

    private static String headersMissing(HttpResponse<String> answer) {
        List<String> missing = new ArrayList<>();
        String hsts = answer.headers().firstValue("Strict-Transport-Security").orElse("");
        if (!hsts.contains("max-age=31536000") || !hsts.contains("includeSubDomains")) {
            missing.add("Strict-Transport-Security '" + hsts + "'");
        }
        if (!answer.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
            missing.add("nosniff");
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            if (!csp.contains("frame-ancestors 'none'") || !csp.contains("script-src 'self'") || csp.contains("unsafe-eval")
                    || csp.replace("style-src 'self' 'unsafe-inline'", "").contains("unsafe-inline")) {
                missing.add("Content-Security-Policy '" + csp + "'");
            }
            if (answer.headers().firstValue("Referrer-Policy").isEmpty()) {
                missing.add("Referrer-Policy");
            }
        }
        return String.join(", ", missing);
    }

    private static void assertSecureCookies(HttpResponse<String> answer) {
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
            assertThat(attributes).as(cookie).contains("; secure").contains("; httponly").contains("samesite=lax");
        }
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-Forwarded-Proto", "https");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
