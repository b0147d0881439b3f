package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import com.safeward.calendar.WorkingCalendar;
import com.safeward.compliance.ComplianceRecordsChanged;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.texts.DisplayTimes;
import com.safeward.trail.Trail;

/**
 * DSP-1 deadlines: feedback is due at the end of the {@code n}-th working day after the day of
 * receipt (the working-day calendar: holidays and adjusted working weekends count as announced), n
 * from {@link ComplaintProperties} for the hospital's region. A persistent recurring sweep reminds
 * the owner before the deadline and alerts the owner and the hospital's management after it, each
 * once (the conditional update decides when two sweeps meet).
 */
@Component
class ComplaintDeadlines {

    static final String TASK = "complaint-deadlines";

    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final ComplaintProperties properties;
    private final OrganizationDirectory organizations;
    private final WorkingCalendar calendar;
    private final DisplayTimes times;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Cache<Long, ComplaintProperties.Deadlines> deadlines = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    ComplaintDeadlines(JdbcClient jdbc, AggregateRows rows, ComplaintProperties properties,
            OrganizationDirectory organizations, WorkingCalendar calendar, DisplayTimes times, Trail trail,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.properties = properties;
        this.organizations = organizations;
        this.calendar = calendar;
        this.times = times;
        this.trail = trail;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** When feedback on a complaint the hospital received at {@code receivedAt} is due. */
    Complaint.FeedbackDeadline feedbackDue(long hospitalId, Instant receivedAt, boolean severalDepartments) {
        int days = deadlinesOf(hospitalId).workingDays(severalDepartments);
        LocalDate due = calendar.plusWorkingDays(LocalDate.ofInstant(receivedAt, times.zone()), days);
        return new Complaint.FeedbackDeadline(due, times.endOf(due));
    }

    /** The region's working days for the published process (single department, several). */
    ComplaintProperties.Deadlines deadlinesOf(long hospitalId) {
        return deadlines.get(hospitalId, id -> properties.deadlinesFor(organizations.regionCodesOf(id)));
    }

    /** Reminds and alerts on every open complaint whose time has come. */
    void sweep() {
        Instant now = Instant.now(clock);
        transactions.executeWithoutResult(tx -> {
            List<Complaint> candidates = jdbc.sql("""
                    select * from complaints where status = 'OPEN' and overdue_at is null and feedback_due_at <= :horizon
                    order by feedback_due_at""").param("horizon", Timestamp.from(now.plus(properties.longestReminder())))
                    .query(rows.of(Complaint.class)).list();
            for (Complaint complaint : candidates) {
                if (complaint.overdue(now)) {
                    alert(complaint, now);
                } else if (complaint.remindedAt() == null && !now.isBefore(
                        complaint.feedbackDueAt().minus(deadlinesOf(complaint.hospitalId()).remindBefore()))) {
                    remind(complaint, now);
                }
            }
        });
    }

    private void remind(Complaint complaint, Instant now) {
        if (jdbc.sql("update complaints set reminded_at = :now, version = version + 1 where id = :id and reminded_at is null")
                .param("now", Timestamp.from(now)).param("id", complaint.id()).update() == 0) {
            return;
        }
        trail.add(Complaint.trail(complaint.id()), now, "system", "REMINDED", null, null);
        events.publishEvent(new ComplaintDeadlineNeared(complaint.id(), complaint.hospitalId(), complaint.owner(),
                complaint.subject(), complaint.feedbackDueAt()));
    }

    private void alert(Complaint complaint, Instant now) {
        if (jdbc.sql("update complaints set overdue_at = :now, version = version + 1 where id = :id and overdue_at is null "
                + "and status = 'OPEN'").param("now", Timestamp.from(now)).param("id", complaint.id()).update() == 0) {
            return;
        }
        trail.add(Complaint.trail(complaint.id()), now, "system", "OVERDUE", null, null);
        events.publishEvent(new ComplaintOverdue(complaint.id(), complaint.hospitalId(), complaint.owner(),
                complaint.subject(), complaint.feedbackDueAt()));
        events.publishEvent(new ComplianceRecordsChanged(complaint.hospitalId(), "DSP-1"));
    }

    @Configuration
    static class Task {
        @Bean
        RecurringTask<Void> complaintDeadlinesTask(ObjectProvider<ComplaintDeadlines> deadlines) {
            return Tasks.recurring(TASK, FixedDelay.ofMinutes(5)).execute((instance, context) ->
                    deadlines.getObject().sweep());
        }
    }
}
