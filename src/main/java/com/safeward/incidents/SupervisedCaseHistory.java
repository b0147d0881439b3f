package com.safeward.incidents;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.SupervisionEntry;
import com.safeward.compliance.SupervisionHistorySource;
import com.safeward.kernel.Text;

/** SUP-3: the hospital's cases put under supervision (挂牌督办, INC-7) belong to its supervision history. */
@Component
class SupervisedCaseHistory implements SupervisionHistorySource {

    private final JdbcClient jdbc;

    SupervisedCaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SupervisionEntry> entriesOf(long hospitalId) {
        return jdbc.sql("""
                select s.incident_id, s.since, s.note from case_supervisions s join incidents i on i.id = s.incident_id
                where i.hospital_id = :h""").param("h", hospitalId)
                .query((rs, n) -> new SupervisionEntry(rs.getTimestamp("since").toInstant(),
                        Text.of("supervision.history.case"), rs.getString("note"),
                        "/incidents/" + rs.getLong("incident_id"))).list();
    }
}
