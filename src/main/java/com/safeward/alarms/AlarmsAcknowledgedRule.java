package com.safeward.alarms;

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
 * INC-1 (H-2.2.5): the monitoring center answers a press at once — every alarm of the last
 * {@code safeward.compliance.window} (P90D) was acknowledged within the hospital's escalation time
 * ({@code safeward.alarms.escalate-after} for its region, 3 minutes by default). Only the alarms
 * not acknowledged within a second are read; none raised: nothing to judge.
 */
@Component
class AlarmsAcknowledgedRule implements ComplianceRule {

    private final JdbcClient jdbc;
    private final AlarmTimings timings;
    private final Duration window;

    AlarmsAcknowledgedRule(JdbcClient jdbc, AlarmTimings timings,
            @Value("${safeward.compliance.window:P90D}") Duration window) {
        this.jdbc = jdbc;
        this.timings = timings;
        this.window = window;
    }

    @Override
    public String requirementId() {
        return "INC-1";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        Map<Long, HospitalFacts> byId = new HashMap<>();
        hospitals.forEach(h -> byId.put(h.id(), h));
        Map<Long, long[]> counts = new HashMap<>(); // raised, late
        List<Long> ids = List.copyOf(byId.keySet());
        Timestamp from = Timestamp.from(now.minus(window));
        jdbc.sql("select hospital_id, count(*) from alarms where hospital_id in (:h) and raised_at >= :from group by hospital_id")
                .param("h", ids).param("from", from)
                .query((rs, n) -> counts.put(rs.getLong(1), new long[] {rs.getLong(2), 0})).list();
        Map<Long, Duration> targets = new HashMap<>();
        jdbc.sql("""
                select hospital_id, raised_at, acknowledged_at from alarms
                where hospital_id in (:h) and raised_at >= :from
                  and (acknowledged_at is null or acknowledged_at > raised_at)""")
                .param("h", ids).param("from", from).query((rs, n) -> {
                    long hospital = rs.getLong(1);
                    Instant raised = rs.getTimestamp(2).toInstant();
                    Timestamp acknowledged = rs.getTimestamp(3);
                    Duration target = targets.computeIfAbsent(hospital,
                            h -> timings.policyFor(byId.get(h).regionCodes()).escalateAfter());
                    Instant answered = acknowledged == null ? now : acknowledged.toInstant();
                    if (Duration.between(raised, answered).compareTo(target) > 0) {
                        counts.get(hospital)[1]++;
                    }
                    return null;
                }).list();
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        counts.forEach((hospital, c) -> {
            long minutes = targets.computeIfAbsent(hospital,
                    h -> timings.policyFor(byId.get(h).regionCodes()).escalateAfter()).toMinutes();
            String link = "/console";
            outcomes.put(hospital, c[1] > 0
                    ? RuleOutcome.fail(Text.of("compliance.inc1.late", c[1], c[0], minutes), link)
                    : RuleOutcome.pass(Text.of("compliance.inc1.acknowledged", c[0], minutes), link));
        });
        return outcomes;
    }
}
