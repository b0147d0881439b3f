package com.safeward.reports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;
import com.safeward.organizations.HospitalFacts;

/**
 * INC-6 (N-5.2, H-3.2): every escalation report that fell due in the last
 * {@code safeward.compliance.window} (P90D) was submitted by its deadline — late is what the
 * reports list calls overdue (not submitted when its deadline check ran) or submitted after it. No
 * report due: nothing to judge.
 */
@Component
class ReportsOnTimeRule implements ComplianceRule {

    private final JdbcClient jdbc;
    private final Duration window;

    ReportsOnTimeRule(JdbcClient jdbc, @Value("${safeward.compliance.window:P90D}") Duration window) {
        this.jdbc = jdbc;
        this.window = window;
    }

    @Override
    public String requirementId() {
        return "INC-6";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        jdbc.sql("""
                select hospital_id, count(*) as due,
                    sum(case when overdue_at is not null or submitted_at > due_at then 1 else 0 end) as late
                from escalation_reports
                where hospital_id in (:hospitals) and due_at >= :from and due_at <= :now
                group by hospital_id""")
                .param("hospitals", hospitals.stream().map(HospitalFacts::id).toList())
                .param("from", Timestamp.from(now.minus(window))).param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    long hospital = rs.getLong("hospital_id");
                    long due = rs.getLong("due");
                    long late = rs.getLong("late");
                    outcomes.put(hospital, late > 0
                            ? RuleOutcome.fail(Text.of("compliance.inc6.late", late, due),
                                    "/reports?state=OVERDUE&hospitalId=" + hospital)
                            : RuleOutcome.pass(Text.of("compliance.inc6.onTime", due),
                                    "/reports?state=ALL&hospitalId=" + hospital));
                    return null;
                }).list();
        return outcomes;
    }
}
