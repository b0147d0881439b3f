package com.safeward.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.organizations.DataScope;
import com.safeward.persistence.PagedQuery;

/**
 * Hospitals' statuses as they stood at given instants, replayed from the history of changes in one
 * pass (SUP-4): the reports of a past month or quarter and the Safe Hospital assessment of a year
 * judge the records as they were then, not as they are today.
 */
@Component
class StatusHistory {

    /**
     * The replay: each hospital's score at each instant (absent before its first evaluation), its
     * statuses at the last instant, and how many of the instants found each requirement failing.
     */
    record Replay(List<Map<Long, Integer>> scores, Map<Long, Map<String, ComplianceStatus>> last,
            Map<Long, Map<String, Integer>> failures) {

        Map<String, ComplianceStatus> lastOf(long hospitalId) {
            return last.getOrDefault(hospitalId, Map.of());
        }

        Integer lastScore(long hospitalId) {
            return scores.isEmpty() ? null : scores.get(scores.size() - 1).get(hospitalId);
        }
    }

    private final JdbcClient jdbc;

    StatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The scope's hospitals at each of these instants (ascending; each exclusive); failures are counted
     * from the instant at index {@code countFrom} on (the months a report covers).
     */
    Replay at(DataScope hospitals, List<Instant> instants, int countFrom) {
        Instant lastInstant = instants.get(instants.size() - 1);
        List<Object[]> changes = hospitals.limit(new PagedQuery(), "hospital_id")
                .and("at < :until", "until", Timestamp.from(lastInstant))
                .list(jdbc, "compliance_history", "at, id", (rs, n) -> new Object[] {rs.getLong("hospital_id"),
                        rs.getString("requirement_id"), ComplianceStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at").toInstant()});
        Map<Long, Map<String, ComplianceStatus>> state = new HashMap<>();
        Map<Long, Map<String, Integer>> failures = new HashMap<>();
        List<Map<Long, Integer>> scores = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < instants.size(); i++) {
            Instant instant = instants.get(i);
            boolean counted = i >= countFrom;
            while (next < changes.size() && ((Instant) changes.get(next)[3]).isBefore(instant)) {
                Object[] change = changes.get(next++);
                state.computeIfAbsent((Long) change[0], h -> new HashMap<>()).put((String) change[1],
                        (ComplianceStatus) change[2]);
            }
            Map<Long, Integer> scoresNow = new HashMap<>();
            state.forEach((hospital, statuses) -> {
                Integer score = score(statuses);
                if (score != null) {
                    scoresNow.put(hospital, score);
                }
                statuses.forEach((requirement, status) -> {
                    if (counted && status == ComplianceStatus.FAIL) {
                        failures.computeIfAbsent(hospital, h -> new HashMap<>()).merge(requirement, 1, Integer::sum);
                    }
                });
            });
            scores.add(scoresNow);
        }
        return new Replay(scores, state, failures);
    }

    /** Passed of judged (passed or failed) requirements, in %; null when nothing was judged. */
    static Integer score(Map<String, ComplianceStatus> statuses) {
        long passed = statuses.values().stream().filter(s -> s == ComplianceStatus.PASS).count();
        long failed = statuses.values().stream().filter(s -> s == ComplianceStatus.FAIL).count();
        return passed + failed == 0 ? null : Math.round(100f * passed / (passed + failed));
    }
}
