package com.safeward.alarms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.identity.AccountDirectory;
import com.safeward.notifications.NotificationCenter;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;

/**
 * Applies {@link AlarmFollowUpPolicy} through a persistent one-time task per alarm (db-scheduler):
 * it survives restarts and fires once in a cluster. Times come from the application's Clock.
 */
@Component
class AlarmFollowUp {

    static final String TASK = "alarm-follow-up";
    private static final Logger log = LoggerFactory.getLogger(AlarmFollowUp.class);

    private final Alarms alarms;
    private final AlarmTrail trail;
    private final AccountDirectory accounts;
    private final NotificationCenter notifications;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Long> task;
    private final TransactionTemplate transactions;
    private final AlarmTimings timings;
    private final com.github.benmanes.caffeine.cache.Cache<Long, AlarmFollowUpPolicy> policies =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
                    .maximumSize(10_000).build();
    private final OrganizationDirectory organizations;
    private final Clock clock;

    AlarmFollowUp(Alarms alarms, AlarmTrail trail, AccountDirectory accounts, NotificationCenter notifications,
            ApplicationEventPublisher events, ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Long> alarmFollowUpTask,
            TransactionTemplate transactions, Clock clock, AlarmTimings timings, OrganizationDirectory organizations) {
        this.alarms = alarms;
        this.trail = trail;
        this.accounts = accounts;
        this.notifications = notifications;
        this.events = events;
        this.scheduler = scheduler;
        this.task = alarmFollowUpTask;
        this.transactions = transactions;
        this.timings = timings;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Called in the transaction that raised the alarm: the follow-up commits with it. */
    void start(Alarm alarm) {
        scheduler.getObject().schedule(task.instance(String.valueOf(alarm.id()), alarm.id()),
                policyFor(alarm.hospitalId()).firstCheck(alarm.raisedAt()));
    }

    /** The task's work: re-alert, escalate, or stop; schedules the next check if there is one. */
    AlarmFollowUpPolicy.Action check(long alarmId) {
        return transactions.execute(tx -> {
            Alarm alarm = alarms.findById(alarmId).orElse(null);
            if (alarm == null) {
                return AlarmFollowUpPolicy.Action.NONE;
            }
            Instant now = Instant.now(clock);
            boolean escalated = trail.of(alarmId).stream().anyMatch(e -> e.action().equals("ESCALATED"));
            AlarmFollowUpPolicy policy = policyFor(alarm.hospitalId());
            AlarmFollowUpPolicy.Decision decision = policy.decide(alarm.raisedAt(), alarm.acknowledged(),
                    alarm.cleared(), escalated, now);
            switch (decision.action()) {
                case RE_ALERT -> events.publishEvent(new AlarmChanged(alarmId, alarm.hospitalId(), "REALERT"));
                case ESCALATE -> escalate(alarm, policy, now);
                case NONE -> {
                }
            }
            if (decision.nextCheck() != null) {
                scheduler.getObject().schedule(task.instance(alarmId + "@" + decision.nextCheck().toEpochMilli(),
                        alarmId), decision.nextCheck());
            }
            return decision.action();
        });
    }

    /** The hospital's region decides the numbers (INC-1); organizations change seldom, so they are remembered a minute. */
    private AlarmFollowUpPolicy policyFor(long hospitalId) {
        return policies.get(hospitalId, id -> timings.policyFor(organizations.regionCodesOf(id)));
    }

    private void escalate(Alarm alarm, AlarmFollowUpPolicy policy, Instant now) {
        List<String> recipients = accounts.usernames(alarm.hospitalId(),
                EnumSet.of(Role.SECURITY_OFFICER, Role.HOSPITAL_LEADER));
        notifications.send(recipients, alarm.hospitalId(), "ALARM_UNACKNOWLEDGED",
                "报警无人确认：" + alarm.alarmType(), "报警 #" + alarm.id() + " 已超过 "
                        + policy.escalateAfter().toMinutes() + " 分钟无人确认，请立即处置。", "/console");
        trail.add(alarm.id(), now, "system", "ESCALATED", String.join(", ", recipients));
        events.publishEvent(new AlarmChanged(alarm.id(), alarm.hospitalId(), "ESCALATED"));
        log.warn("Alarm {} unacknowledged for {}; notified {}", alarm.id(), policy.escalateAfter(), recipients);
    }

    @Configuration
    static class Task {
        @Bean
        OneTimeTask<Long> alarmFollowUpTask(ObjectProvider<AlarmFollowUp> followUp) {
            return Tasks.oneTime(TASK, Long.class).execute((instance, context) ->
                    followUp.getObject().check(instance.getData()));
        }
    }
}
