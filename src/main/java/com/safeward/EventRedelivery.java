package com.safeward;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Nothing a module reacts to is lost. Every event an {@code @ApplicationModuleListener} listens to
 * is stored with the transaction that publishes it (Spring Modulith's event publication registry)
 * and deleted once the listener has done its work. A publication still there after
 * {@code safeward.events.redeliver-after} (its node stopped before delivering it, or the listener
 * failed) is delivered again by one recurring task (db-scheduler: once in a cluster), up to
 * {@code safeward.events.max-attempts} times; one whose redelivery a node did not finish is tried
 * again after {@code safeward.events.redelivery-stuck-after}.
 */
@Component
public class EventRedelivery {

    static final String TASK = "event-redelivery";
    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications publications;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration redeliverAfter;
    private final Duration stuckAfter;
    private final int maxAttempts;

    EventRedelivery(IncompleteEventPublications publications, JdbcTemplate jdbc, Clock clock,
            @Value("${safeward.events.redeliver-after}") Duration redeliverAfter,
            @Value("${safeward.events.redelivery-stuck-after}") Duration stuckAfter,
            @Value("${safeward.events.max-attempts}") int maxAttempts) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.redeliverAfter = redeliverAfter;
        this.stuckAfter = stuckAfter;
        this.maxAttempts = maxAttempts;
    }

    /** Delivers again what is overdue; returns how many publications were handed to their listeners again. */
    public int redeliver() {
        Instant now = Instant.now(clock);
        int unstuck = jdbc.update("update event_publication set status = 'FAILED' where status = 'RESUBMITTED' "
                + "and last_resubmission_date < ?", Timestamp.from(now.minus(stuckAfter)));
        if (unstuck > 0) {
            log.warn("{} event redeliveries were not finished (their node stopped); trying them again", unstuck);
        }
        Instant due = now.minus(redeliverAfter);
        int[] handed = {0};
        publications.resubmitIncompletePublications(publication -> {
            boolean again = publication.getPublicationDate().isBefore(due)
                    && publication.getCompletionAttempts() < maxAttempts;
            if (again) {
                handed[0]++;
                log.info("Delivering {} to {} again (published {})", publication.getEvent().getClass().getSimpleName(),
                        publication.getIdentifier(), publication.getPublicationDate());
            }
            return again;
        });
        return handed[0];
    }

    @Configuration
    static class Task {
        @Bean
        RecurringTask<Void> eventRedeliveryTask(ObjectProvider<EventRedelivery> redelivery,
                @Value("${safeward.events.redelivery-every}") Duration every) {
            return Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) ->
                    redelivery.getObject().redeliver());
        }
    }
}
