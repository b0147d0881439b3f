package com.safeward.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!visibility.seesEverything()) {
            Set<Long> hospitals = visibility.visibleHospitals();
            if (hospitals.isEmpty()) {
                return Page.empty(pageable);
            }
            where.add("hospital_id in (:visible)");
            params.put("visible", hospitals);
        }
        if (search.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", Timestamp.from(search.to()));
        }
        if (search.actor() != null && !search.actor().isBlank()) {
            where.add("actor = :actor");
            params.put("actor", search.actor().trim());
        }
        if (search.action() != null) {
            where.add("action = :action");
            params.put("action", search.action().name());
        }
        if (search.entityType() != null && !search.entityType().isBlank()) {
            where.add("entity_type = :entityType");
            params.put("entityType", search.entityType().trim());
        }
        if (search.entityId() != null && !search.entityId().isBlank()) {
            where.add("entity_id = :entityId");
            params.put("entityId", search.entityId().trim());
        }
        if (search.hospitalId() != null) {
            where.add("hospital_id = :hospitalId");
            params.put("hospitalId", search.hospitalId());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from audit_events" + condition).params(params)
                .query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<AuditEventView> rows = jdbc.sql("select * from audit_events" + condition
                + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params).query(AuditQueries::row).list();
        return new PageImpl<>(rows, pageable, total);
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
