package com.safeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail as the system administrator searches it ({@code GET /api/v1/audit-events}), so
 * tests of other modules never read the audit module's table.
 */
public class TestAudit {

    /** One entry as the API lists it. */
    public record Entry(String actor, String action, String entityType, String entityId, String summary,
            String reason) {
    }

    private final MockMvc mvc;
    private final TestLogins logins;

    TestAudit(MockMvc mvc, TestLogins logins) {
        this.mvc = mvc;
        this.logins = logins;
    }

    /** The newest 200 entries of this action on this entity (entityId null: any). */
    public List<Entry> of(String action, String entityType, Object entityId) {
        var request = get("/api/v1/audit-events").param("action", action).param("entityType", entityType)
                .param("size", "200");
        if (entityId != null) {
            request = request.param("entityId", String.valueOf(entityId));
        }
        return search(request);
    }

    /** The newest 200 entries recorded as done by this account (or tried with this login name). */
    public List<Entry> by(String actor) {
        return search(get("/api/v1/audit-events").param("actor", actor).param("size", "200"));
    }

    private List<Entry> search(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        try {
            var response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))).andReturn()
                    .getResponse();
            if (response.getStatus() == 401) { // a test moved the clock past the cached token's expiry
                response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, logins.renew("admin"))).andReturn()
                        .getResponse();
            }
            List<Map<String, Object>> content = JsonPath.read(response.getContentAsString(), "$.content");
            return content.stream().map(e -> new Entry((String) e.get("actor"), (String) e.get("action"),
                    (String) e.get("entityType"), (String) e.get("entityId"), (String) e.get("summary"),
                    (String) e.get("reason"))).toList();
        } catch (Exception e) {
            throw new IllegalStateException("could not search the audit trail", e);
        }
    }
}
