package com.safeward.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;
import com.safeward.organizations.HospitalFacts;

/**
 * INC-10 (N-2.2): after an incident the hospital reassures and supports the staff involved — no
 * staff support owed is past its due time without being recorded as done. None owed: nothing to judge.
 */
@Component
class StaffSupportRule implements ComplianceRule {

    private final JdbcClient jdbc;

    StaffSupportRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String requirementId() {
        return "INC-10";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        jdbc.sql("""
                select hospital_id, count(*) as owed,
                    sum(case when staff_support_done_at is null and staff_support_due_at < :now then 1 else 0 end) as late
                from incidents where hospital_id in (:h) and staff_support_due_at is not null group by hospital_id""")
                .param("h", hospitals.stream().map(HospitalFacts::id).toList()).param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    long hospital = rs.getLong("hospital_id");
                    long late = rs.getLong("late");
                    String link = "/incidents?hospitalId=" + hospital;
                    outcomes.put(hospital, late > 0
                            ? RuleOutcome.fail(Text.of("compliance.inc10.late", late, rs.getLong("owed")), link)
                            : RuleOutcome.pass(Text.of("compliance.inc10.done", rs.getLong("owed")), link));
                    return null;
                }).list();
        return outcomes;
    }
}
