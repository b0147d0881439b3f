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

import com.safeward.kernel.Text;
import com.safeward.persistence.PagedQuery;
import com.safeward.texts.TextJson;
import com.safeward.texts.Texts;

/** Searches the trail, newest first, restricted to what the current user may see. */
@Component
class AuditQueries {

    private final JdbcClient jdbc;
    private final AuditVisibility visibility;
    private final Texts texts;
    private final TextJson stored;

    AuditQueries(JdbcClient jdbc, AuditVisibility visibility, Texts texts, TextJson stored) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.texts = texts;
        this.stored = stored;
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
        return query.page(jdbc, "audit_events", "occurred_at desc, id desc", this::row, pageable);
    }

    private AuditEventView row(ResultSet rs, int n) throws SQLException {
        Long hospital = rs.getObject("hospital_id", Long.class);
        String actor = rs.getString("actor");
        String entityType = rs.getString("entity_type");
        String summaryText = rs.getString("summary_text");
        // entries written before summaries were messages keep their plain summary
        String summary = summaryText == null ? rs.getString("summary") : texts.render(stored.read(summaryText));
        return new AuditEventView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                actor, texts.person(actor), rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
                entityType, texts.render(Text.of("entity." + entityType)), rs.getString("entity_id"), hospital,
                summary, rs.getString("reason"), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("client_ip"));
    }
}
