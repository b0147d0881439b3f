package com.safeward.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.organizations.DataScope;

/** MQTT messages the intake could not accept, kept with the reason for an administrator to look at. */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int KEPT_PAYLOAD = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadLetters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A message that could not be accepted. */
    record DeadLetter(long id, Instant receivedAt, String transport, String source, Long hospitalId, String reason,
            String payload) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void add(Transport transport, String source, Long hospitalId, String reason, byte[] payload) {
        String text = payload == null ? null : new String(payload, StandardCharsets.UTF_8);
        if (text != null && text.length() > KEPT_PAYLOAD) {
            text = text.substring(0, KEPT_PAYLOAD);
        }
        log.warn("Dead letter from {} ({}): {}", source, transport, reason);
        jdbc.sql("""
                insert into dead_letters (received_at, transport, source, hospital_id, reason, payload)
                values (:at, :transport, :source, :hospital, :reason, :payload)""")
                .param("at", Timestamp.from(Instant.now(clock))).param("transport", transport.name())
                .param("source", source.length() > 255 ? source.substring(0, 255) : source)
                .param("hospital", hospitalId).param("reason", reason).param("payload", text)
                .update();
    }

    /** Newest first; hospital users see their hospitals' letters, system admins all (also of unknown hospitals). */
    @Transactional(readOnly = true)
    Page<DeadLetter> list(DataScope scope, Pageable pageable) {
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        String where = scope.everything() ? "" : " where hospital_id in (:hospitals)";
        var count = jdbc.sql("select count(*) from dead_letters" + where);
        var select = jdbc.sql("select * from dead_letters" + where
                + " order by received_at desc, id desc limit :limit offset :offset");
        if (!scope.everything()) {
            count = count.param("hospitals", scope.hospitalIds());
            select = select.param("hospitals", scope.hospitalIds());
        }
        long total = count.query(Long.class).single();
        var rows = select.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(DeadLetters::row).list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static DeadLetter row(ResultSet rs, int n) throws SQLException {
        return new DeadLetter(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(), rs.getString("transport"),
                rs.getString("source"), rs.getObject("hospital_id", Long.class), rs.getString("reason"),
                rs.getString("payload"));
    }
}
