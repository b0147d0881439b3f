package com.safeward.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.ComplianceRuleSource;
import com.safeward.compliance.ComplianceStatus;
import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;
import com.safeward.organizations.HospitalFacts;

/**
 * What the ledger module tells the compliance evaluation (SUP-4). RSK-2: no ledger item is open
 * past its deadline. SUP-2, by inspection: every requirement ID that a checklist item cites is
 * judged by each hospital's latest signed-off inspection that asked about it — a finding fails it,
 * a compliant answer passes it, "does not apply" leaves it without data.
 */
@Component
class LedgerComplianceRules implements ComplianceRuleSource {

    private final JdbcClient jdbc;

    LedgerComplianceRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ComplianceRule> rules() {
        return jdbc.sql("""
                select requirement_id from checklist_items where requirement_id is not null
                union select requirement_id from hospital_checklist_items where requirement_id is not null""")
                .query(String.class).list().stream().distinct().sorted().<ComplianceRule>map(ByInspection::new).toList();
    }

    /** RSK-2: the ledger is kept — nothing open past its deadline. */
    @Component
    static class NothingOverdue implements ComplianceRule {

        private final JdbcClient jdbc;

        NothingOverdue(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String requirementId() {
            return "RSK-2";
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            Map<Long, RuleOutcome> outcomes = new HashMap<>();
            jdbc.sql("""
                    select hospital_id, count(*) as items,
                        sum(case when status = 'OPEN' and due_at <= :now then 1 else 0 end) as overdue
                    from rectifications where hospital_id in (:h) group by hospital_id""")
                    .param("h", hospitals.stream().map(HospitalFacts::id).toList())
                    .param("now", Timestamp.from(now)).query((rs, n) -> {
                        long hospital = rs.getLong("hospital_id");
                        long overdue = rs.getLong("overdue");
                        outcomes.put(hospital, overdue > 0
                                ? RuleOutcome.fail(Text.of("compliance.rsk2.overdue", overdue),
                                        "/rectifications?overdue=true&hospitalId=" + hospital)
                                : RuleOutcome.pass(Text.of("compliance.rsk2.kept", rs.getLong("items")),
                                        "/rectifications?hospitalId=" + hospital));
                        return null;
                    }).list();
            return outcomes;
        }
    }

    /** One requirement judged by the latest signed-off inspection that asked about it. */
    private final class ByInspection implements ComplianceRule {

        private final String requirementId;

        ByInspection(String requirementId) {
            this.requirementId = requirementId;
        }

        @Override
        public String requirementId() {
            return requirementId;
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            Map<Long, Long> latest = new LinkedHashMap<>();
            Map<Long, ComplianceStatus> status = new HashMap<>();
            jdbc.sql("""
                    select i.hospital_id, i.id, ii.outcome from inspection_items ii
                    join inspections i on i.id = ii.inspection_id
                    where ii.requirement_id = :r and i.status = 'SUBMITTED' and i.hospital_id in (:h)
                    order by i.submitted_at desc, i.id desc""")
                    .param("r", requirementId).param("h", hospitals.stream().map(HospitalFacts::id).toList())
                    .query((rs, n) -> {
                        long hospital = rs.getLong(1);
                        long inspection = rs.getLong(2);
                        if (latest.putIfAbsent(hospital, inspection) == null || latest.get(hospital) == inspection) {
                            ComplianceStatus item = switch (ItemOutcome.valueOf(rs.getString(3))) {
                                case FINDING -> ComplianceStatus.FAIL;
                                case COMPLIANT -> ComplianceStatus.PASS;
                                case NOT_APPLICABLE -> ComplianceStatus.NO_DATA;
                            };
                            status.merge(hospital, item, (a, b) -> a == ComplianceStatus.FAIL || b == ComplianceStatus.FAIL
                                    ? ComplianceStatus.FAIL : a == ComplianceStatus.PASS || b == ComplianceStatus.PASS
                                            ? ComplianceStatus.PASS : ComplianceStatus.NO_DATA);
                        }
                        return null;
                    }).list();
            Map<Long, RuleOutcome> outcomes = new HashMap<>();
            status.forEach((hospital, verdict) -> {
                String link = "/inspections/" + latest.get(hospital);
                outcomes.put(hospital, switch (verdict) {
                    case FAIL -> RuleOutcome.fail(Text.of("compliance.inspection.finding"), link);
                    case PASS -> RuleOutcome.pass(Text.of("compliance.inspection.compliant"), link);
                    default -> RuleOutcome.noData(Text.of("compliance.inspection.notApplicable"), link);
                });
            });
            return outcomes;
        }
    }
}
