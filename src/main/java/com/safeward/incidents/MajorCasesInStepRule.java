package com.safeward.incidents;

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
 * INC-8 (H-2.3.2, N-5.1): a major case under supervision (挂牌督办) runs three things in step (三同步)
 * — investigation, authoritative information release, public-opinion guidance: once the case has
 * been under supervision for {@code safeward.compliance.in-step-within} (PT24H; ours, the notices
 * give no figure), none of its three tracks may still be not started. Judged over the cases still
 * under supervision; none: nothing to judge here (the media plan rule still judges INC-8).
 */
@Component
class MajorCasesInStepRule implements ComplianceRule {

    private final JdbcClient jdbc;
    private final Duration within;

    MajorCasesInStepRule(JdbcClient jdbc, @Value("${safeward.compliance.in-step-within:PT24H}") Duration within) {
        this.jdbc = jdbc;
        this.within = within;
    }

    @Override
    public String requirementId() {
        return "INC-8";
    }

    @Override
    public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
        Map<Long, RuleOutcome> outcomes = new HashMap<>();
        jdbc.sql("""
                select i.hospital_id, count(distinct s.incident_id) as cases,
                    count(distinct case when s.since < :started and t.status = 'NOT_STARTED' then s.incident_id end) as behind
                from case_supervisions s
                join incidents i on i.id = s.incident_id
                join major_case_tracks t on t.incident_id = s.incident_id
                where s.lifted_at is null and i.hospital_id in (:h)
                group by i.hospital_id""")
                .param("h", hospitals.stream().map(HospitalFacts::id).toList())
                .param("started", Timestamp.from(now.minus(within)))
                .query((rs, n) -> {
                    long hospital = rs.getLong("hospital_id");
                    long behind = rs.getLong("behind");
                    String link = "/cases?supervised=true&hospitalId=" + hospital;
                    outcomes.put(hospital, behind > 0
                            ? RuleOutcome.fail(Text.of("compliance.inc8.outOfStep", behind, rs.getLong("cases"),
                                    within.toHours()), link)
                            : RuleOutcome.pass(Text.of("compliance.inc8.inStep", rs.getLong("cases")), link));
                    return null;
                }).list();
        return outcomes;
    }
}
