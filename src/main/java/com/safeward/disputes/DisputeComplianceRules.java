package com.safeward.disputes;

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
 * What medical disputes tell the compliance evaluation: DSP-2 notices delivered, DSP-4 no compensation
 * before liability (true by construction; the data proves it), DSP-5 leaders named, DSP-7 reviews
 * done. Each looks at the last year; a hospital without disputes has nothing to judge.
 */
final class DisputeComplianceRules {

    private static final Duration YEAR = Duration.ofDays(365);

    private DisputeComplianceRules() {
    }

    private static List<Long> ids(List<HospitalFacts> hospitals) {
        return hospitals.stream().map(HospitalFacts::id).toList();
    }

    private static String link(long hospital) {
        return "/disputes?hospitalId=" + hospital;
    }

    /**
     * DSP-2 (N-2.3): the patient side of every dispute got the written notice of channels within
     * {@code safeward.compliance.dispute-notice-within} (P1D; the notices give no number) — delivered,
     * signed, or refused and noted.
     */
    @Component
    static class NoticeDelivered implements ComplianceRule {
        private final JdbcClient jdbc;
        private final Duration within;

        NoticeDelivered(JdbcClient jdbc, @Value("${safeward.compliance.dispute-notice-within:P1D}") Duration within) {
            this.jdbc = jdbc;
            this.within = within;
        }

        @Override
        public String requirementId() {
            return "DSP-2";
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            return CountedOutcomes.of(jdbc.sql("""
                    select d.hospital_id, count(*) as total,
                        sum(case when d.opened_at < :limit and not exists (select 1 from dispute_notices n
                            where n.dispute_id = d.id) then 1 else 0 end) as bad
                    from disputes d where d.hospital_id in (:h) and d.opened_at >= :from group by d.hospital_id""")
                    .param("h", ids(hospitals)).param("limit", Timestamp.from(now.minus(within)))
                    .param("from", Timestamp.from(now.minus(YEAR))), "compliance.dsp2.missing", "compliance.dsp2.delivered",
                    DisputeComplianceRules::link);
        }
    }

    /**
     * DSP-4 (N-2.3): no payment was recorded before its dispute's liability determination. SafeWard
     * refuses such a payment, so this passes by construction — and the data says so: every payment
     * of the year is compared with the determination's time.
     */
    @Component
    static class LiabilityBeforeCompensation implements ComplianceRule {
        private final JdbcClient jdbc;

        LiabilityBeforeCompensation(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String requirementId() {
            return "DSP-4";
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            return CountedOutcomes.of(jdbc.sql("""
                    select d.hospital_id, count(*) as total,
                        sum(case when d.liability_at is null or d.liability_at > p.recorded_at then 1 else 0 end) as bad
                    from dispute_payments p join disputes d on d.id = p.dispute_id
                    where d.hospital_id in (:h) and p.recorded_at >= :from group by d.hospital_id""")
                    .param("h", ids(hospitals)).param("from", Timestamp.from(now.minus(YEAR))),
                    "compliance.dsp4.early", "compliance.dsp4.afterLiability", DisputeComplianceRules::link);
        }
    }

    /**
     * DSP-5 (H-2.1.2): every open dispute that needs a leader — older than the region's days, a
     * petition, or flagged — has one.
     */
    @Component
    static class LeadersAssigned implements ComplianceRule {
        private final JdbcClient jdbc;
        private final DisputeLimits limits;

        LeadersAssigned(JdbcClient jdbc, DisputeLimits limits) {
            this.jdbc = jdbc;
            this.limits = limits;
        }

        @Override
        public String requirementId() {
            return "DSP-5";
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            Map<Long, HospitalFacts> byId = new HashMap<>();
            hospitals.forEach(h -> byId.put(h.id(), h));
            Map<Long, long[]> counts = new HashMap<>(); // hospital → {open disputes, needing a leader without one}
            jdbc.sql("""
                    select hospital_id, opened_at, leader, threat_to_staff or petition_risk or criminal_risk as flagged
                    from disputes where hospital_id in (:h) and status = 'OPEN'""").param("h", ids(hospitals))
                    .query((rs, n) -> {
                        long hospital = rs.getLong("hospital_id");
                        long[] count = counts.computeIfAbsent(hospital, h -> new long[2]);
                        count[0]++;
                        boolean due = Dispute.leaderDue(rs.getBoolean("flagged"), rs.getTimestamp("opened_at").toInstant(),
                                limits.of(byId.get(hospital)).leaderAfterDays(), now);
                        if (due && rs.getString("leader") == null) {
                            count[1]++;
                        }
                        return null;
                    }).list();
            Map<Long, RuleOutcome> outcomes = new HashMap<>();
            counts.forEach((hospital, count) -> outcomes.put(hospital, count[1] > 0
                    ? RuleOutcome.fail(Text.of("compliance.dsp5.unassigned", count[1]),
                            "/disputes?needsLeader=true&hospitalId=" + hospital)
                    : RuleOutcome.pass(Text.of("compliance.dsp5.assigned", count[0]), link(hospital))));
            return outcomes;
        }
    }

    /**
     * DSP-7 (H-2.1.2): disputes are reviewed — a closed one always has its review (closing needs it);
     * an open one whose every channel ended more than {@code safeward.compliance.dispute-review-within}
     * (P30D; ours) ago and is still not reviewed fails.
     */
    @Component
    static class ReviewsDone implements ComplianceRule {
        private final JdbcClient jdbc;
        private final Duration within;

        ReviewsDone(JdbcClient jdbc, @Value("${safeward.compliance.dispute-review-within:P30D}") Duration within) {
            this.jdbc = jdbc;
            this.within = within;
        }

        @Override
        public String requirementId() {
            return "DSP-7";
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            Map<Long, RuleOutcome> outcomes = new HashMap<>();
            jdbc.sql("""
                    select d.hospital_id, count(*) as disputes,
                        sum(case when d.status = 'CLOSED' then 1 else 0 end) as closed,
                        sum(case when (d.status = 'CLOSED' and not exists (select 1 from dispute_reviews r
                                where r.dispute_id = d.id))
                            or (d.status = 'OPEN' and exists (select 1 from dispute_channels c where c.dispute_id = d.id)
                                and not exists (select 1 from dispute_channels c where c.dispute_id = d.id
                                    and (c.concluded_at is null or c.concluded_at >= :limit)))
                            then 1 else 0 end) as unreviewed
                    from disputes d where d.hospital_id in (:h) and d.opened_at >= :from group by d.hospital_id""")
                    .param("h", ids(hospitals)).param("limit", Timestamp.from(now.minus(within)))
                    .param("from", Timestamp.from(now.minus(YEAR))).query((rs, n) -> {
                        long hospital = rs.getLong("hospital_id");
                        long unreviewed = rs.getLong("unreviewed");
                        outcomes.put(hospital, unreviewed > 0
                                ? RuleOutcome.fail(Text.of("compliance.dsp7.unreviewed", unreviewed, within.toDays()),
                                        link(hospital))
                                : RuleOutcome.pass(Text.of("compliance.dsp7.reviewed", rs.getLong("closed")),
                                        link(hospital)));
                        return null;
                    }).list();
            return outcomes;
        }
    }
}
