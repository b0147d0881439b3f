package com.safeward.circulars;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.SupervisionEntry;
import com.safeward.compliance.SupervisionHistorySource;
import com.safeward.kernel.Text;

/** SUP-3: the circulars (通报) a hospital received belong to its supervision history. */
@Component
class CircularHistory implements SupervisionHistorySource {

    private final JdbcClient jdbc;

    CircularHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SupervisionEntry> entriesOf(long hospitalId) {
        return jdbc.sql("""
                select c.id, c.title, c.issued_at from circulars c join circular_receipts r on r.circular_id = c.id
                where r.hospital_id = :h""").param("h", hospitalId)
                .query((rs, n) -> new SupervisionEntry(rs.getTimestamp("issued_at").toInstant(),
                        Text.of("supervision.history.circular"), rs.getString("title"), "/circulars/" + rs.getLong("id")))
                .list();
    }
}
