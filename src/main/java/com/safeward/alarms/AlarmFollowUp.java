package com.safeward.alarms;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.trail.Trail;

/**
 * Applies {@link AlarmFollowUpPolicy} (INC-1). Each unacknowledged alarm carries the time of its
 * next check ({@code alarms.follow_up_at}, set when it is raised, cleared when it is acknowledged
 * or cleared), and one persistent recurring task (db-scheduler: it survives restarts and runs once
 * in a cluster) sweeps the due alarms every second. A burst of panics therefore costs one
 * transaction a second, not a scheduled task and a transaction per alarm, and the consoles get one
 * re-alert per hospital and sweep. Times come from the application's Clock.
 */
@Component
class AlarmFollowUp {

    static final String TASK = "alarm-follow-up-sweep";
    /** Due alarms handled per transaction; a sweep goes on until none is due. */
    private static final int GROUP = 500;
    private static final Logger log = LoggerFactory.getLogger(AlarmFollowUp.class);

    /** A due alarm, as much of it as the follow-up needs. */
    private record Due(long id, long hospitalId, AlarmType alarmType, Instant raisedAt) {
    }

    /** What the sweep does with a due alarm. */
    private record Move(Due alarm, AlarmFollowUpPolicy policy, AlarmFollowUpPolicy.Decision decision) {
    }

    private final JdbcTemplate jdbc;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AlarmTimings timings;
    private final com.github.benmanes.caffeine.cache.Cache<Long, AlarmFollowUpPolicy> policies =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
                    .maximumSize(10_000).build();
    private final OrganizationDirectory organizations;
    private final Clock clock;

    AlarmFollowUp(JdbcTemplate jdbc, Trail trail, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock, AlarmTimings timings,
            OrganizationDirectory organizations) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.events = events;
        this.transactions = transactions;
        this.timings = timings;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** When a new alarm of the hospital is first looked at again (stored with the alarm). */
    Instant firstCheck(long hospitalId, Instant raisedAt) {
        return policyFor(hospitalId).firstCheck(raisedAt);
    }

    /** Re-alerts or escalates every alarm whose check is due, a group per transaction. */
    void sweep() {
        Instant now = Instant.now(clock);
        int handled;
        do {
            handled = transactions.execute(tx -> sweepGroup(now));
        } while (handled == GROUP);
    }

    /**
     * Each due alarm moves on to its next check (or to none) only if nobody acknowledged or
     * cleared it meanwhile (that sets its time to null), so a re-alert or an escalation happens
     * once even if two sweeps meet. The moves are one batch: a burst of panics is due at once.
     */
    private int sweepGroup(Instant now) {
        List<Due> due = jdbc.query("""
                select id, hospital_id, alarm_type, raised_at from alarms
                where follow_up_at <= ? order by follow_up_at fetch first %d rows only""".formatted(GROUP),
                (rs, row) -> new Due(rs.getLong("id"), rs.getLong("hospital_id"),
                        AlarmType.valueOf(rs.getString("alarm_type")), rs.getTimestamp("raised_at").toInstant()),
                Timestamp.from(now));
        // Only unacknowledged, uncleared, not yet escalated alarms have a time.
        List<Move> moves = due.stream().map(alarm -> {
            AlarmFollowUpPolicy policy = policyFor(alarm.hospitalId());
            return new Move(alarm, policy, policy.decide(alarm.raisedAt(), now));
        }).toList();
        int[] moved = jdbc.batchUpdate("update alarms set follow_up_at = ? where id = ? and follow_up_at <= ?",
                moves.stream().map(move -> new Object[] {move.decision().nextCheck() == null ? null
                        : Timestamp.from(move.decision().nextCheck()), move.alarm().id(), Timestamp.from(now)}).toList(),
                new int[] {Types.TIMESTAMP, Types.BIGINT, Types.TIMESTAMP});
        Map<Long, List<Long>> reAlertedByHospital = new LinkedHashMap<>();
        Map<Long, List<AlarmsEscalated.Escalated>> escalatedByHospital = new LinkedHashMap<>();
        Map<Long, AlarmFollowUpPolicy> policyOf = new LinkedHashMap<>();
        for (int i = 0; i < moves.size(); i++) {
            if (moved[i] == 0) {
                continue; // acknowledged, cleared or handled by another sweep meanwhile
            }
            Due alarm = moves.get(i).alarm();
            switch (moves.get(i).decision().action()) {
                case RE_ALERT -> reAlertedByHospital.computeIfAbsent(alarm.hospitalId(), id -> new ArrayList<>())
                        .add(alarm.id());
                case ESCALATE -> {
                    escalate(alarm, moves.get(i).policy(), now);
                    escalatedByHospital.computeIfAbsent(alarm.hospitalId(), id -> new ArrayList<>())
                            .add(new AlarmsEscalated.Escalated(alarm.id(), alarm.alarmType()));
                    policyOf.put(alarm.hospitalId(), moves.get(i).policy());
                }
            }
        }
        reAlertedByHospital.forEach((hospital, ids) -> events.publishEvent(new AlarmsReAlerted(hospital, ids)));
        escalatedByHospital.forEach((hospital, alarms) -> {
            long minutes = policyOf.get(hospital).escalateAfter().toMinutes();
            for (int from = 0; from < alarms.size(); from += AlarmsEscalated.MOST) {
                events.publishEvent(new AlarmsEscalated(hospital, minutes,
                        List.copyOf(alarms.subList(from, Math.min(alarms.size(), from + AlarmsEscalated.MOST)))));
            }
        });
        return due.size();
    }

    /** The hospital's region decides the numbers (INC-1); organizations change seldom, so they are remembered a minute. */
    private AlarmFollowUpPolicy policyFor(long hospitalId) {
        return policies.get(hospitalId, id -> timings.policyFor(organizations.regionCodesOf(id)));
    }

    /**
     * Once: the trail says so and the consoles show it; the security officers and leaders are told
     * through {@link AlarmsEscalated} (the notifications module decides who exactly).
     */
    private void escalate(Due alarm, AlarmFollowUpPolicy policy, Instant now) {
        trail.add(Alarm.trail(alarm.id()), now, "system", "ESCALATED", null, null, policy.escalateAfter().toMinutes());
        events.publishEvent(new AlarmChanged(alarm.id(), alarm.hospitalId(), "ESCALATED"));
        log.warn("Alarm {} unacknowledged for {}; escalated", alarm.id(), policy.escalateAfter());
    }

    @Configuration
    static class Task {
        @Bean
        RecurringTask<Void> alarmFollowUpSweepTask(ObjectProvider<AlarmFollowUp> followUp) {
            return Tasks.recurring(TASK, FixedDelay.ofSeconds(1)).execute((instance, context) ->
                    followUp.getObject().sweep());
        }
    }
}
