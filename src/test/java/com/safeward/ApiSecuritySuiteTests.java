package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.safeward.organizations.OrganizationDirectory;

/**
 * Issue 17, point 6: generated from the OpenAPI document, for every operation — it has a rule (a
 * {@code @PreAuthorize} on the method or its class, unless it is one of the few public ones); an
 * anonymous caller gets 401; a demo user whose role the rule does not allow gets 403 (not 400: the
 * rule is checked before the body is read); and a user of H002 whom the rule allows gets 404 on a
 * record of H001 (where the operation names a record and a list shows one of H001; otherwise on a
 * record that does not exist, which must be the same answer). A new endpoint without a rule, or
 * with a rule that lets a role through by mistake, fails here.
 */
@SafeWardTest
class ApiSecuritySuiteTests {

    /**
     * Open to anyone on purpose: the token exchange, the device intake (own token), the broker's hooks
     * (shared secret, else 404: DeviceBrokerAccessTests) and the patients' complaint API.
     */
    private static final List<String> PUBLIC = List.of("POST /api/v1/auth/token", "POST /api/v1/device-events",
            "/api/v1/broker/emqx/", "/api/v1/public/");
    /** One demo user per role, people first; H002's users for the 404 checks are made below. */
    private static final List<String> USERS = List.of("admin", "hadmin", "security", "operator", "guard", "doctor",
            "complaints", "leader", "police", "county", "city", "province");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    /**
     * Shared master data, not a hospital's records: no "another hospital's record" there. Checklist
     * templates are the region's and nation's; adding a hospital's own item names the hospital in the
     * body, refused as a field (400) outside the scope (ChecklistTests).
     */
    private static final List<String> SHARED = List.of("/api/v1/police-stations", "/api/v1/regions",
            "/api/v1/checklists/{id}");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;
    @Autowired UserDetailsService accounts;
    /** The same expressions method security evaluates (role prefix ROLE_). */
    private final MethodSecurityExpressionHandler expressions =
            new org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler();
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private record Operation(HttpMethod method, String path, HandlerMethod handler, String rule, String consumes,
            boolean listBody, Map<String, String> enumValues) {

        String name() {
            return method + " " + path;
        }
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyOperationHasARuleAndKeepsOutWhoItMust() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, spec) -> {
            HttpMethod http = HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT));
            HandlerMethod handler = handler(http, path);
            Map<String, Object> body = spec instanceof Map<?, ?> operationSpec && operationSpec.get("requestBody") instanceof Map<?, ?> b
                    && b.get("content") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
            String consumes = body.isEmpty() ? null : body.keySet().iterator().next();
            // a body that is a list gets an empty list, an object an empty object: what a client would send
            boolean listBody = consumes != null && body.get(consumes) instanceof Map<?, ?> media
                    && media.get("schema") instanceof Map<?, ?> schema && "array".equals(schema.get("type"));
            // a path variable with fixed values (an action's name) gets its first value
            Map<String, String> enumValues = new LinkedHashMap<>();
            if (spec instanceof Map<?, ?> operationSpec && operationSpec.get("parameters") instanceof List<?> parameters) {
                for (Object parameter : parameters) {
                    if (parameter instanceof Map<?, ?> p && "path".equals(p.get("in")) && p.get("schema") instanceof Map<?, ?> schema
                            && schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
                        enumValues.put((String) p.get("name"), values.get(0).toString());
                    }
                }
            }
            if (handler != null) { // or a pattern's own alternatives: {what:handed-to-police|credit-recorded|…}
                handler(http, path, enumValues);
            }
            operations.add(new Operation(http, path, handler, handler == null ? null : rule(handler), consumes, listBody,
                    enumValues));
        }));
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(100);
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        Map<String, String> otherHospital = otherHospitalUsers();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations) {
            if (isPublic(operation)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(operation.name() + " has a rule", () -> assertThat(operation.rule())
                    .as("@PreAuthorize on " + operation.handler()).isNotBlank()));
            tests.add(DynamicTest.dynamicTest(operation.name() + ": anonymous 401", () ->
                    assertThat(call(operation, null, "0").getStatus()).as(operation.name()).isEqualTo(401)));
            if (operation.rule() == null) {
                continue;
            }
            Optional<String> refused = USERS.stream().filter(user -> !allows(operation, user)).findFirst();
            refused.ifPresent(user -> tests.add(DynamicTest.dynamicTest(operation.name() + ": " + user + " 403", () ->
                    assertThat(call(operation, logins.bearer(user), "0").getStatus()).as(operation.name() + " as " + user)
                            .isEqualTo(403))));
            if (PATH_VARIABLE.matcher(operation.path()).find() && SHARED.stream().noneMatch(operation.path()::startsWith)) {
                Optional<String> outsider = otherHospital.keySet().stream().filter(user -> allows(operation, user)).findFirst();
                outsider.ifPresent(user -> tests.add(DynamicTest.dynamicTest(
                        operation.name() + ": " + user + " of H002 404", () -> {
                            String id = recordOfH001(operation.path(), h1).orElse("987654321");
                            assertThat(call(operation, otherHospital.get(user), id).getStatus())
                                    .as(operation.name() + " as " + user + ", record " + id)
                                    .isEqualTo(404);
                        })));
            }
        }
        return tests.stream();
    }

    private static boolean isPublic(Operation operation) {
        return PUBLIC.stream().anyMatch(open -> open.endsWith("/") ? operation.path().startsWith(open)
                : open.equals(operation.name()));
    }

    /** The rule on the method, else on its class; null when there is none. */
    private static String rule(HandlerMethod handler) {
        PreAuthorize rule = Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class))
                .orElse(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class));
        return rule == null ? null : rule.value();
    }

    /** Whether the rule lets this user in (the rule evaluated for them, as method security would). */
    private boolean allows(Operation operation, String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        Method method = operation.handler().getMethod();
        EvaluationContext context = expressions.createEvaluationContext(() -> authentication,
                new SimpleMethodInvocation(null, method, new Object[method.getParameterCount()]));
        Boolean allowed = expressions.getExpressionParser().parseExpression(operation.rule()).getValue(context, Boolean.class);
        return Boolean.TRUE.equals(allowed);
    }

    private HandlerMethod handler(HttpMethod method, String path) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            boolean methodMatches = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(method.name()));
            if (methodMatches && info.getPatternValues().stream().anyMatch(pattern -> samePath(pattern, path))) {
                return mapping.getValue();
            }
        }
        return null;
    }

    private void handler(HttpMethod method, String path, Map<String, String> values) {
        mappings.getHandlerMethods().keySet().stream().flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> samePath(pattern, path)).findFirst().ifPresent(pattern -> {
                    Matcher variable = Pattern.compile("\\{([^}:]+):([^}|]+)[^}]*}").matcher(pattern);
                    while (variable.find()) {
                        values.putIfAbsent(variable.group(1), variable.group(2));
                    }
                });
    }

    private static boolean samePath(String pattern, String path) {
        return PATH_VARIABLE.matcher(pattern).replaceAll("{}").equals(PATH_VARIABLE.matcher(path).replaceAll("{}"));
    }

    private MockHttpServletResponse call(Operation operation, String bearer, String id) throws Exception {
        Matcher variables = PATH_VARIABLE.matcher(operation.path());
        String uri = variables.replaceAll(variable -> operation.enumValues().getOrDefault(variable.group(1), id));
        MockHttpServletRequestBuilder request = request(operation.method(), uri).accept(MediaType.APPLICATION_JSON);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        if (operation.consumes() != null && operation.consumes().startsWith("multipart/")) {
            request.contentType("multipart/form-data; boundary=suite").content("--suite--\r\n");
        } else if (operation.consumes() != null || operation.method() == HttpMethod.POST
                || operation.method() == HttpMethod.PUT || operation.method() == HttpMethod.PATCH) {
            request.contentType(MediaType.APPLICATION_JSON).content(operation.listBody() ? "[]" : "{}");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A record of H001 that the list next to the operation shows (the collection before the first variable). */
    private Optional<String> recordOfH001(String path, long h1) throws Exception {
        String collection = path.substring(0, path.indexOf('{') - 1);
        MockHttpServletResponse list = mvc.perform(get(collection + "?hospitalId=" + h1 + "&size=1")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))).andReturn().getResponse();
        if (list.getStatus() != 200) {
            return Optional.empty();
        }
        try {
            List<Object> ids = JsonPath.read(list.getContentAsString(), "$.content[*].id");
            return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0).toString());
        } catch (RuntimeException notAPage) {
            return Optional.empty();
        }
    }

    /** Users of H002 with the hospital roles (made by the system admin; again in a cached context: refused, kept), as bearers. */
    private Map<String, String> otherHospitalUsers() throws Exception {
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        Map<String, String> users = new LinkedHashMap<>();
        users.put("security2", logins.bearer("security2"));
        for (String role : List.of("HOSPITAL_ADMIN", "MONITORING_OPERATOR", "GUARD", "MEDICAL_STAFF", "COMPLAINTS_OFFICER",
                "HOSPITAL_LEADER")) {
            String username = "suite-" + role.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            mvc.perform(request(HttpMethod.POST, "/api/v1/users").header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                    .contentType(MediaType.APPLICATION_JSON).content(Json.object("username", username, "displayName",
                            "二院 " + role, "role", role, "hospitalId", h2, "password", "suite-password-1")));
            users.put(username, "Bearer " + logins.token(username, "suite-password-1"));
        }
        return users;
    }
}
