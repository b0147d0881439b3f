package com.safeward.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.safeward.texts.TextJson;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records audit entries in the caller's transaction, so a change and its audit entry commit
 * or roll back together. Entries are only ever inserted.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TextJson texts;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, TextJson texts, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.texts = texts;
        this.clock = clock;
    }

    /** Records the entry as done by the signed-in user (or "system" outside a request). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
        String role = auth == null ? null : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
        insert(entry, actor, role);
    }

    /**
     * Records an entry for an actor who is not (or not yet) signed in, such as a failed login,
     * in a transaction of its own so it is kept whatever happens to the caller's.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, AuditEntry entry) {
        insert(entry, actor, null);
    }

    private void insert(AuditEntry entry, String actor, String role) {
        jdbc.sql("""
                insert into audit_events (occurred_at, actor, actor_role, action, entity_type, entity_id, hospital_id,
                    summary_text, reason, before_state, after_state, client_ip)
                values (:at, :actor, :role, :action, :entityType, :entityId, :hospitalId,
                    :summary, :reason, :before, :after, :ip)""")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("actor", truncate(actor, 64))
                .param("role", role)
                .param("action", entry.action().name())
                .param("entityType", entry.entityType())
                .param("entityId", entry.entityId())
                .param("hospitalId", entry.hospitalId())
                .param("summary", texts.write(entry.summary()))
                .param("reason", truncate(entry.reason(), 500))
                .param("before", snapshot(entry.before()))
                .param("after", snapshot(entry.after()))
                .param("ip", clientIp())
                .update();
    }

    private String snapshot(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
