package com.safeward.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.web.PagedQuery;

/** Searches the trail, newest first, restricted to what the current user may see. */
@Component
class AuditQueries {

    private final JdbcClient jdbc;
    private final AuditVisibility visibility;

    AuditQueries(JdbcClient jdbc, AuditVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    @Transactional(readOnly = true)
    Page<AuditEventView> search(AuditSearch search, Pageable pageable) {
        PagedQuery query = new PagedQuery();
        if (!visibility.seesEverything()) {
            Set<Long> hospitals = visibility.visibleHospitals();
            if (hospitals.isEmpty()) {
                query.nothing();
            } else {
                query.and("hospital_id in (:visible)", "visible", hospitals);
            }
        }
        if (search.from() != null) {
            query.and("occurred_at >= :from", "from", Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            query.and("occurred_at < :to", "to", Timestamp.from(search.to()));
        }
        if (search.actor() != null && !search.actor().isBlank()) {
            query.and("actor = :actor", "actor", search.actor().trim());
        }
        if (search.action() != null) {
            query.and("action = :action", "action", search.action().name());
        }
        if (search.entityType() != null && !search.entityType().isBlank()) {
            query.and("entity_type = :entityType", "entityType", search.entityType().trim());
        }
        if (search.entityId() != null && !search.entityId().isBlank()) {
            query.and("entity_id = :entityId", "entityId", search.entityId().trim());
        }
        if (search.hospitalId() != null) {
            query.and("hospital_id = :hospitalId", "hospitalId", search.hospitalId());
        }
        return query.page(jdbc, "audit_events", "occurred_at desc, id desc", AuditQueries::row, pageable);
    }

    private static AuditEventView row(ResultSet rs, int n) throws SQLException {
        Long hospital = rs.getObject("hospital_id", Long.class);
        return new AuditEventView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("entity_type"), rs.getString("entity_id"), hospital,
                rs.getString("summary"), rs.getString("reason"), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("client_ip"));
    }
}
