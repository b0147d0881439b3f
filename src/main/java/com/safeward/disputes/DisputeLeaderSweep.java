package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.safeward.compliance.ComplianceRecordsChanged;
import com.safeward.persistence.AggregateRows;
import com.safeward.trail.Trail;

/**
 * DSP-5 (领导包案): a persistent recurring sweep escalates, once, every open dispute that needs a
 * named leader and has none (the conditional update decides when two sweeps meet).
 */
@Component
class DisputeLeaderSweep {

    static final String TASK = "dispute-leaders";

    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final DisputeQueries queries;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DisputeLeaderSweep(JdbcClient jdbc, AggregateRows rows, DisputeQueries queries, Trail trail,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.queries = queries;
        this.trail = trail;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    int sweep() {
        Instant now = Instant.now(clock);
        return transactions.execute(tx -> {
            List<Dispute> candidates = jdbc.sql("select * from disputes where status = 'OPEN' and leader is null "
                    + "and leader_escalated_at is null").query(rows.of(Dispute.class)).list();
            int escalated = 0;
            for (Dispute dispute : candidates) {
                if (queries.needsLeader(dispute, now) && jdbc.sql("update disputes set leader_escalated_at = :now "
                        + "where id = :id and leader is null and leader_escalated_at is null")
                        .param("now", Timestamp.from(now)).param("id", dispute.id()).update() == 1) {
                    trail.add(Dispute.trail(dispute.id()), now, "system", "LEADER_ESCALATED", null, null);
                    events.publishEvent(new DisputeLeaderOverdue(dispute.id(), dispute.hospitalId(), dispute.summary()));
                    events.publishEvent(new ComplianceRecordsChanged(dispute.hospitalId(), "DSP-5"));
                    escalated++;
                }
            }
            return escalated;
        });
    }

    @Configuration
    static class Task {
        @Bean
        RecurringTask<Void> disputeLeadersTask(ObjectProvider<DisputeLeaderSweep> sweep) {
            return Tasks.recurring(TASK, FixedDelay.ofMinutes(30)).execute((instance, context) ->
                    sweep.getObject().sweep());
        }
    }
}
