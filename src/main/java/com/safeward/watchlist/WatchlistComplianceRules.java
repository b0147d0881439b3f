package com.safeward.watchlist;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceRule;
import com.safeward.compliance.RuleOutcome;
import com.safeward.kernel.Text;
import com.safeward.organizations.HospitalFacts;

/** What the watchlist tells the compliance evaluation (SUP-4): WL-1 reviews kept up, WL-2 screening in use. */
final class WatchlistComplianceRules {

    private WatchlistComplianceRules() {
    }

    /**
     * WL-1 (N-3.3, H-2.1.3): the registry is kept — no proposed listing waits for its review longer
     * than {@code safeward.compliance.review-within} (P7D; the notices give no number). A hospital
     * that has never listed anyone has nothing to judge.
     */
    @Component
    static class ReviewsKeptUp implements ComplianceRule {

        private final JdbcClient jdbc;
        private final Duration within;

        ReviewsKeptUp(JdbcClient jdbc, @Value("${safeward.compliance.review-within:P7D}") Duration within) {
            this.jdbc = jdbc;
            this.within = within;
        }

        @Override
        public String requirementId() {
            return "WL-1";
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            Map<Long, RuleOutcome> outcomes = new HashMap<>();
            jdbc.sql("""
                    select hospital_id, count(*) as listings,
                        sum(case when status = 'PROPOSED' and proposed_at < :limit then 1 else 0 end) as waiting
                    from watchlist_persons where hospital_id in (:h) group by hospital_id""")
                    .param("h", hospitals.stream().map(HospitalFacts::id).toList())
                    .param("limit", Timestamp.from(now.minus(within))).query((rs, n) -> {
                        long waiting = rs.getLong("waiting");
                        outcomes.put(rs.getLong("hospital_id"), waiting > 0
                                ? RuleOutcome.fail(Text.of("compliance.wl1.waiting", waiting, within.toDays()),
                                        "/watchlist?status=PROPOSED")
                                : RuleOutcome.pass(Text.of("compliance.wl1.kept", rs.getLong("listings")), "/watchlist"));
                        return null;
                    }).list();
            return outcomes;
        }
    }

    /**
     * WL-2 (H-2.1.3, N-4.1): real-name registration is screened — in the last
     * {@code safeward.compliance.screening-within} (P7D) the hospital screened at appointment or
     * registration, and at ward visitor check-in.
     */
    @Component
    static class ScreeningInUse implements ComplianceRule {

        private final JdbcClient jdbc;
        private final Duration within;

        ScreeningInUse(JdbcClient jdbc, @Value("${safeward.compliance.screening-within:P7D}") Duration within) {
            this.jdbc = jdbc;
            this.within = within;
        }

        @Override
        public String requirementId() {
            return "WL-2";
        }

        @Override
        public Map<Long, RuleOutcome> evaluate(List<HospitalFacts> hospitals, Instant now) {
            Set<Long> registering = new HashSet<>();
            Set<Long> visiting = new HashSet<>();
            jdbc.sql("""
                    select distinct hospital_id, context from screenings
                    where hospital_id in (:h) and screened_at >= :from""")
                    .param("h", hospitals.stream().map(HospitalFacts::id).toList())
                    .param("from", Timestamp.from(now.minus(within))).query((rs, n) -> {
                        ScreeningContext context = ScreeningContext.valueOf(rs.getString("context"));
                        (context == ScreeningContext.VISITOR_CHECKIN ? visiting : registering).add(rs.getLong(1));
                        return null;
                    }).list();
            Map<Long, RuleOutcome> outcomes = new HashMap<>();
            for (HospitalFacts hospital : hospitals) {
                boolean registration = registering.contains(hospital.id());
                boolean visitors = visiting.contains(hospital.id());
                long days = within.toDays();
                outcomes.put(hospital.id(), registration && visitors
                        ? RuleOutcome.pass(Text.of("compliance.wl2.inUse", days), "/screenings?all=true&hospitalId=" + hospital.id())
                        : RuleOutcome.fail(Text.of(!registration && !visitors ? "compliance.wl2.none"
                                : registration ? "compliance.wl2.noVisitors" : "compliance.wl2.noRegistration", days),
                                "/screenings?all=true&hospitalId=" + hospital.id()));
            }
            return outcomes;
        }
    }
}
