package com.safeward.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.incidents.IncidentConsequencesRecorded;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.texts.DisplayTimes;
import com.safeward.texts.Texts;

/**
 * INC-6 use cases: create the reports an incident's consequences make owed, watch their
 * deadlines, record submission and receipt per level.
 */
@Service
@Transactional
class EscalationReports {

    static final String TASK = "escalation-report-deadline";
    private static final Logger log = LoggerFactory.getLogger(EscalationReports.class);

    /** Which reports a list shows. */
    /** Which reports a list shows: to submit, overdue (late or still missing), submitted by the deadline, or all. */
    enum State {
        PENDING, OVERDUE, ON_TIME, ALL
    }

    /** The filters of the report list: a state, one hospital, and reports due from an instant on (a month). */
    record Filter(State state, Long hospitalId, Instant dueFrom) {

        static Filter of(State state) {
            return new Filter(state, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final ReportingPolicy policy;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Long> deadline;
    private final DisplayTimes times;
    private final Texts texts;
    private final Clock clock;

    EscalationReports(JdbcClient jdbc, ReportingPolicy policy, OrganizationDirectory organizations,
            ApplicationEventPublisher events, AuditTrail audit,
            ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Long> escalationReportDeadline, DisplayTimes times,
            Texts texts, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.organizations = organizations;
        this.events = events;
        this.audit = audit;
        this.scheduler = scheduler;
        this.deadline = escalationReportDeadline;
        this.times = times;
        this.texts = texts;
        this.clock = clock;
    }

    @EventListener
    void on(IncidentConsequencesRecorded incident) {
        List<String> regionCodes = organizations.regionCodesOf(incident.hospitalId());
        for (ReportingPolicy.Owed owed : policy.owed(incident, regionCodes)) {
            boolean exists = jdbc.sql("select count(*) from escalation_reports where incident_id = :i and rule = :r "
                    + "and recipient = :to").param("i", incident.incidentId()).param("r", owed.rule())
                    .param("to", owed.recipient().name()).query(Long.class).single() > 0;
            if (exists) {
                continue;
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into escalation_reports (incident_id, hospital_id, rule, recipient, due_at, content)
                    values (:i, :h, :r, :to, :due, :content)""")
                    .param("i", incident.incidentId()).param("h", incident.hospitalId()).param("r", owed.rule())
                    .param("to", owed.recipient().name()).param("due", Timestamp.from(owed.dueAt()))
                    .param("content", content(incident)).update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            scheduler.getObject().schedule(deadline.instance(String.valueOf(id), id), owed.dueAt());
            events.publishEvent(new EscalationReportOwed(id, incident.incidentId(), incident.hospitalId(),
                    owed.recipient(), owed.dueAt(), incident.type(), incident.location()));
            audit.record(AuditEntry.of(AuditAction.CREATED, "EscalationReport", id, incident.hospitalId(),
                    Text.of("audit.report.owed", owed.rule(), Text.of(owed.recipient()), owed.dueAt())));
        }
    }

    /** The deadline: a report not submitted by its due time is overdue; its people and their superiors hear of it once. */
    boolean checkDeadline(long id) {
        EscalationReportView report = find(id);
        if (report == null || report.submitted() || report.overdue()) {
            return false;
        }
        Instant now = Instant.now(clock);
        if (now.isBefore(report.dueAt())) {
            scheduler.getObject().schedule(deadline.instance(id + "@" + report.dueAt().toEpochMilli(), id),
                    report.dueAt());
            return false;
        }
        jdbc.sql("update escalation_reports set overdue_at = :at where id = :id and overdue_at is null")
                .param("at", Timestamp.from(now)).param("id", id).update();
        events.publishEvent(new EscalationReportOverdue(id, report.hospitalId(), report.recipient(), report.dueAt()));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(report.hospitalId(), "INC-6"));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "EscalationReport", id, report.hospitalId(), Text.of("audit.report.overdue")));
        log.warn("Escalation report {} ({} to {}) is overdue", id, report.rule(), report.recipient());
        return true;
    }

    EscalationReportView submit(long id, String actor, DataScope scope) {
        EscalationReportView report = visible(id, scope);
        if (report.submitted()) {
            throw new RuleViolation("state", "validation.report.alreadySubmitted");
        }
        jdbc.sql("update escalation_reports set submitted_at = :at, submitted_by = :by where id = :id")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("id", id).update();
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(report.hospitalId(), "INC-6"));
        events.publishEvent(new EscalationReportSubmitted(id, report.hospitalId(), report.recipient(),
                excerpt(report.content())));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "EscalationReport", id, report.hospitalId(), Text.of("audit.report.submitted")));
        return find(id);
    }

    /** INC-6: before it is submitted, the hospital completes the report generated from the incident. */
    EscalationReportView edit(long id, String content, String actor, DataScope scope) {
        EscalationReportView report = visible(id, scope);
        if (report.submitted()) {
            throw new RuleViolation("content", "validation.report.alreadySubmitted");
        }
        if (content == null || content.isBlank()) {
            throw new RuleViolation("content", "problem.field.required");
        }
        if (content.length() > 20_000) {
            throw new RuleViolation("content", "validation.report.tooLong");
        }
        jdbc.sql("update escalation_reports set content = :c, version = version + 1 where id = :id")
                .param("c", content.trim()).param("id", id).update();
        audit.record(AuditEntry.updated("EscalationReport", id, report.hospitalId(), report.content(), content.trim()));
        return find(id);
    }

    EscalationReportView receive(long id, String actor, DataScope scope) {
        EscalationReportView report = visible(id, scope);
        if (!report.submitted()) {
            throw new RuleViolation("state", "validation.report.notSubmitted");
        }
        jdbc.sql("update escalation_reports set received_at = coalesce(received_at, :at), "
                + "received_by = coalesce(received_by, :by) where id = :id")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("id", id).update();
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "EscalationReport", id, report.hospitalId(), Text.of("audit.report.received")));
        return find(id);
    }

    @Transactional(readOnly = true)
    Page<EscalationReportView> list(Filter filter, DataScope scope, Pageable pageable) {
        // to send first; an incident's reports together (newest incident first), each by its deadline
        return query(filter, scope).page(jdbc, "escalation_reports",
                "(case when submitted_at is null then 0 else 1 end), incident_id desc, due_at, id", this::row, pageable);
    }

    /** How many reports the list with that filter shows, and the nearest deadline among them (a home card). */
    Page<EscalationReportView> nearestFirst(Filter filter, DataScope scope) {
        return query(filter, scope).page(jdbc, "escalation_reports", "due_at, id", this::row,
                org.springframework.data.domain.PageRequest.of(0, 1));
    }

    /** How many reports the list with that filter shows (a home card's count). */
    long count(Filter filter, DataScope scope) {
        return query(filter, scope).count(jdbc, "escalation_reports");
    }

    /** How many reports the list with that filter shows, by hospital (regulators' home). */
    java.util.Map<String, Long> countByHospital(Filter filter, DataScope scope) {
        return query(filter, scope).countBy(jdbc, "escalation_reports", "hospital_id");
    }

    private PagedQuery query(Filter filter, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id");
        switch (filter.state() == null ? State.ALL : filter.state()) {
            case PENDING -> query.and("submitted_at is null");
            case OVERDUE -> query.and("overdue_at is not null");
            case ON_TIME -> query.and("submitted_at is not null and submitted_at <= due_at");
            case ALL -> {
            }
        }
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.dueFrom() != null) {
            query.and("due_at >= :dueFrom", "dueFrom", Timestamp.from(filter.dueFrom()));
        }
        return query;
    }

    @Transactional(readOnly = true)
    EscalationReportView get(long id, DataScope scope) {
        return visible(id, scope);
    }

    /** The beginning of a report, for the notice that it was submitted. */
    private static String excerpt(String content) {
        return content == null || content.length() <= 300 ? content : content.substring(0, 300) + "…";
    }

    /** The report as generated from the incident (INC-6), in the language of the authorities it goes to. */
    private String content(IncidentConsequencesRecorded i) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(texts.render(Text.of("report.content.dateFormat"),
                Texts.OUTBOUND)).withZone(times.zone());
        Text text = Text.of("report.content", format.format(i.reportedAt()),
                organizations.hospitalLabel(i.hospitalId()).orElse(""), Text.of(i.type()), i.location(), i.deaths(),
                i.seriousInjuries(), i.injured(), i.massIncident() ? Text.of("report.content.mass") : "",
                i.criminalCase() ? Text.of("report.content.criminal") : "",
                i.description() == null ? "" : Text.of("report.content.description", i.description()));
        return texts.render(text, Texts.OUTBOUND);
    }

    private EscalationReportView visible(long id, DataScope scope) {
        EscalationReportView report = find(id);
        if (report == null || !scope.includes(report.hospitalId())) {
            throw new NotFound("escalation report", id);
        }
        return report;
    }

    private EscalationReportView find(long id) {
        return jdbc.sql("select * from escalation_reports where id = :id").param("id", id).query(this::row)
                .optional().orElse(null);
    }

    private EscalationReportView row(ResultSet rs, int n) throws SQLException {
        long hospital = rs.getLong("hospital_id");
        return new EscalationReportView(rs.getLong("id"), rs.getLong("incident_id"), hospital,
                organizations.hospitalLabel(hospital).orElse(""), rs.getString("rule"),
                Recipient.valueOf(rs.getString("recipient")), instant(rs.getTimestamp("due_at")), rs.getString("content"),
                instant(rs.getTimestamp("submitted_at")), rs.getString("submitted_by"),
                instant(rs.getTimestamp("received_at")), rs.getString("received_by"), instant(rs.getTimestamp("overdue_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Configuration
    static class Deadline {
        @Bean
        OneTimeTask<Long> escalationReportDeadline(ObjectProvider<EscalationReports> reports) {
            return Tasks.oneTime(TASK, Long.class).execute((instance, context) ->
                    reports.getObject().checkDeadline(instance.getData()));
        }
    }
}
