package com.safeward.care;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
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
 * WL-6 (H-2.1.3): no long-term inpatient still in hospital is past the date their assessment was
 * due. No link: the ward's list is for the hospital's own people (regulators read the counts).
 */
@Component
class AssessmentsOnTimeRule implements ComplianceRule {


    private final JdbcClient jdbc;
    private final com.safeward.texts.DisplayTimes times;

    AssessmentsOnTimeRule(JdbcClient jdbc, com.safeward.texts.DisplayTimes times) {
        this.jdbc = jdbc;
        this.times = times;
    }

    @Override
    public String requirementId() {
        return "WL-6";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        jdbc.sql("""
                select hospital_id, count(*) as inpatients, sum(case when due_on < :today then 1 else 0 end) as overdue
                from inpatients where hospital_id in (:h) and discharged_on is null group by hospital_id""")
                .param("h", hospitals.stream().map(HospitalFacts::id).toList())
                .param("today", Date.valueOf(LocalDate.ofInstant(now, times.zone())))
                .query((rs, n) -> {
                    long overdue = rs.getLong("overdue");
                    outcomes.put(rs.getLong("hospital_id"), overdue > 0
                            ? RuleOutcome.fail(Text.of("compliance.wl6.overdue", overdue, rs.getLong("inpatients")))
                            : RuleOutcome.pass(Text.of("compliance.wl6.onTime", rs.getLong("inpatients"))));
                    return null;
                }).list();
        return outcomes;
    }
}
