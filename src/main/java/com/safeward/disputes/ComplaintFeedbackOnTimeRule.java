package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.organizations.HospitalFacts;

/**
 * DSP-1 (H-2.1.2): complaints get feedback within their deadline. A hospital fails while a complaint
 * is open past its deadline, or when one received in the last year was answered late; a complaint
 * turned into a dispute before its deadline counts as answered. No complaint: nothing to judge.
 */
@Component
class ComplaintFeedbackOnTimeRule implements ComplianceRule {

    private final JdbcClient jdbc;

    ComplaintFeedbackOnTimeRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String requirementId() {
        return "DSP-1";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        return CountedOutcomes.of(jdbc.sql("""
                select hospital_id, count(*) as total,
                    sum(case when (status = 'OPEN' and feedback_due_at < :now)
                        or feedback_at > feedback_due_at
                        or (status = 'ESCALATED' and feedback_at is null and closed_at > feedback_due_at)
                        then 1 else 0 end) as bad
                from complaints where hospital_id in (:h) and received_at >= :from group by hospital_id""")
                .param("h", hospitals.stream().map(HospitalFacts::id).toList()).param("now", Timestamp.from(now))
                .param("from", Timestamp.from(now.minus(Duration.ofDays(365)))), "compliance.dsp1.late",
                "compliance.dsp1.onTime", hospital -> "/complaints?hospitalId=" + hospital);
    }
}
