package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.organizations.HospitalFacts;

/**
 * DSP-6 (H-2.1.2): every risk prompt letter is closed — read by a leader, answered with measures —
 * by its deadline: a hospital fails while one is past its deadline unclosed, or was closed late in
 * the last year. No letter: nothing to judge.
 */
@Component
class RiskLettersClosedOnTimeRule implements ComplianceRule {

    private final JdbcClient jdbc;

    RiskLettersClosedOnTimeRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String requirementId() {
        return "DSP-6";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        return CountedOutcomes.of(jdbc.sql("""
                select hospital_id, count(*) as total,
                    sum(case when (closed_at is null and due_at < :now) or closed_at > due_at then 1 else 0 end) as bad
                from risk_letters where hospital_id in (:h) and received_at >= :from group by hospital_id""")
                .param("h", hospitals.stream().map(HospitalFacts::id).toList()).param("now", Timestamp.from(now))
                .param("from", Timestamp.from(now.minus(java.time.Duration.ofDays(365)))), "compliance.dsp6.late",
                "compliance.dsp6.onTime", hospital -> "/risk-letters?hospitalId=" + hospital);
    }
}
