package com.safeward.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.trail.Trail;

/**
 * RSK-2 deadlines: a persistent recurring sweep (db-scheduler: once in a cluster, survives restarts)
 * reminds the owner of an open item before its deadline and escalates it once overdue, each once
 * per deadline (the conditional update decides when two sweeps meet). Times come from the Clock;
 * the numbers from {@link LedgerProperties} for the hospital's region.
 */
@Component
class RectificationDeadlines {

    static final String TASK = "rectification-deadlines";

    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final LedgerProperties properties;
    private final OrganizationDirectory organizations;
    private final com.safeward.texts.DisplayTimes times;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Cache<Long, RectificationDeadlinePolicy> policies = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    RectificationDeadlines(JdbcClient jdbc, AggregateRows rows, LedgerProperties properties,
            OrganizationDirectory organizations, com.safeward.texts.DisplayTimes times, Trail trail,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.properties = properties;
        this.organizations = organizations;
        this.times = times;
        this.trail = trail;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The deadlines of the hospital's region (remembered a minute: organizations change seldom). */
    RectificationDeadlinePolicy policyFor(long hospitalId) {
        return policies.get(hospitalId, id -> properties.policyFor(organizations.regionCodesOf(id), times.zone()));
    }

    /** Reminds and escalates every open item whose time has come. */
    void sweep() {
        Instant now = Instant.now(clock);
        transactions.executeWithoutResult(tx -> {
            List<Rectification> candidates = jdbc.sql("""
                    select * from rectifications where status = 'OPEN' and overdue_at is null and due_at <= :horizon
                    order by due_at""").param("horizon", Timestamp.from(now.plus(properties.longestReminder())))
                    .query(rows.of(Rectification.class)).list();
            for (Rectification item : candidates) {
                if (item.overdue(now)) {
                    escalate(item, now);
                } else if (item.remindedAt() == null
                        && !now.isBefore(policyFor(item.hospitalId()).remindAt(item.createdAt(), item.dueAt()))) {
                    remind(item, now);
                }
            }
        });
    }

    private void remind(Rectification item, Instant now) {
        if (jdbc.sql("update rectifications set reminded_at = :now, version = version + 1 where id = :id and reminded_at is null")
                .param("now", Timestamp.from(now)).param("id", item.id()).update() == 0) {
            return;
        }
        trail.add(RectificationLedger.ref(item.id()), now, "system", "REMINDED", null, null);
        events.publishEvent(new RectificationDeadlineNeared(item.id(), item.hospitalId(), item.ownerDepartmentId(),
                item.owner(), item.problem(), item.dueAt()));
    }

    private void escalate(Rectification item, Instant now) {
        if (jdbc.sql("update rectifications set overdue_at = :now, version = version + 1 where id = :id and overdue_at is null and status = 'OPEN'")
                .param("now", Timestamp.from(now)).param("id", item.id()).update() == 0) {
            return;
        }
        trail.add(RectificationLedger.ref(item.id()), now, "system", "OVERDUE", null, null);
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(item.hospitalId(), "RSK-2"));
        events.publishEvent(new RectificationOverdue(item.id(), item.hospitalId(), item.ownerDepartmentId(),
                item.owner(), item.problem(), item.dueAt(), item.raisedByRegionId(), item.raisedByStationId()));
    }

    @Configuration
    static class Task {
        @Bean
        RecurringTask<Void> rectificationDeadlinesTask(ObjectProvider<RectificationDeadlines> deadlines) {
            return Tasks.recurring(TASK, FixedDelay.ofMinutes(1)).execute((instance, context) ->
                    deadlines.getObject().sweep());
        }
    }
}
