package com.safeward.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.AssessmentRecord;
import com.safeward.compliance.AssessmentRecordSource;
import com.safeward.kernel.Text;

/**
 * What the ledger gives a hospital's Safe Hospital assessment (SUP-2): each inspection signed off in
 * the year, with its score (compliant of applicable items) and findings, and the year's
 * rectification ledger in figures — items raised, still open, closed late or still overdue.
 */
@Component
class LedgerAssessmentRecords implements AssessmentRecordSource {

    private final JdbcClient jdbc;

    LedgerAssessmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AssessmentRecord> recordsOf(long hospitalId, Instant from, Instant to) {
        List<AssessmentRecord> records = new ArrayList<>(jdbc.sql("select i.id, i.kind, i.submitted_at, i.compliant_count, "
                + "i.finding_count, t.name from inspections i join checklist_templates t on t.id = i.template_id "
                + "where i.hospital_id = :h and i.status = 'SUBMITTED' and i.submitted_at >= :from and i.submitted_at < :to")
                .param("h", hospitalId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    int compliant = rs.getInt("compliant_count");
                    int findings = rs.getInt("finding_count");
                    return new AssessmentRecord(Text.of("assessment.inspection",
                            Text.of(InspectionKind.valueOf(rs.getString("kind"))), rs.getString("name")),
                            rs.getTimestamp("submitted_at").toInstant(),
                            compliant + findings == 0 ? null : Math.round(100f * compliant / (compliant + findings)),
                            Text.of("assessment.inspectionFindings", findings), "/inspections/" + rs.getLong("id"));
                }).list());
        Timestamp now = Timestamp.from(to);
        jdbc.sql("select count(*) raised, "
                + "sum(case when closed_at is null or closed_at >= :to then 1 else 0 end) still_open, "
                + "sum(case when overdue_at is not null and overdue_at < :to then 1 else 0 end) overdue, "
                + "max(created_at) latest from rectifications where hospital_id = :h and created_at >= :from "
                + "and created_at < :to").param("h", hospitalId).param("from", Timestamp.from(from)).param("to", now)
                .query((rs, n) -> {
                    if (rs.getInt("raised") > 0) {
                        records.add(new AssessmentRecord(Text.of("assessment.rectifications"),
                                rs.getTimestamp("latest").toInstant(), null, Text.of("assessment.rectificationFigures",
                                        rs.getInt("raised"), rs.getInt("still_open"), rs.getInt("overdue")),
                                "/rectifications?hospitalId=" + hospitalId));
                    }
                    return null;
                }).list();
        return records;
    }
}
