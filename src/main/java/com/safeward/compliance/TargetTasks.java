package com.safeward.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.HospitalFacts;
import com.safeward.organizations.OrganizationDirectory;

/**
 * RSK-4 (H-3.2) target tasks and 对账销号: a regulator issues a task to the hospitals under it (all,
 * or those of a grade) with a deadline; each hospital reports its part done with files; the issuing
 * region's regulators accept it or return it with a note. A sweep marks the parts not done by the
 * deadline overdue, once. Regulators see the parts of their hospitals; a hospital its own part.
 */
@Service
@Transactional
class TargetTasks {

    static final String EVIDENCE = "TASK_ASSIGNMENT";
    static final String SWEEP = "target-task-deadlines";

    private final TaskAssignments assignments;
    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final EvidenceStore evidence;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final com.safeward.texts.DisplayTimes times;

    TargetTasks(TaskAssignments assignments, JdbcClient jdbc, OrganizationDirectory organizations, EvidenceStore evidence,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, com.safeward.texts.DisplayTimes times) {
        this.times = times;
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.evidence = evidence;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private record Task(long id, String title, String description, String requirementId, long issuerRegionId,
            String issuedBy, Instant dueAt, Instant issuedAt) {
    }

    TaskViews.TaskView issue(TaskForm form, Actor actor, DataScope scope) {
        if (actor.role().affiliation() != Affiliation.REGION || actor.regionId() == null) {
            throw new RuleViolation("title", "validation.task.regulatorsOnly");
        }
        Instant now = Instant.now(clock);
        Instant due = times.endOf(form.dueDate);
        if (!due.isAfter(now)) {
            throw new RuleViolation("dueDate", "validation.rectification.duePast");
        }
        List<Long> hospitals = organizations.hospitalFacts(scope).stream()
                .filter(h -> form.grade == null || h.grade() == form.grade).map(HospitalFacts::id).toList();
        if (hospitals.isEmpty()) {
            throw new RuleViolation("grade", "validation.task.noHospitals");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into target_tasks (title, description, requirement_id, issuer_region_id, issued_by, due_at, issued_at)
                values (:title, :description, :requirement, :region, :by, :due, :at)""")
                .param("title", form.title.trim()).param("description", blank(form.description))
                .param("requirement", blank(form.requirementId)).param("region", actor.regionId())
                .param("by", actor.username()).param("due", Timestamp.from(due)).param("at", Timestamp.from(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        hospitals.forEach(h -> assignments.save(TaskAssignment.to(id, h)));
        audit.record(AuditEntry.of(AuditAction.CREATED, "TargetTask", id, null,
                Text.of("audit.task.issued", form.title.trim(), hospitals.size())));
        events.publishEvent(new TaskIssued(id, form.title.trim(), hospitals, due));
        return get(id, actor, scope);
    }

    @Transactional(readOnly = true)
    List<TaskViews.TaskView> list(Actor actor, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Long> ids = scope.everything()
                ? jdbc.sql("select id from target_tasks order by due_at desc").query(Long.class).list()
                : jdbc.sql("select distinct task_id from task_assignments where hospital_id in (:h)")
                        .param("h", scope.hospitalIds()).query(Long.class).list();
        return ids.stream().map(id -> view(task(id), actor, scope, false))
                .sorted(java.util.Comparator.comparing(TaskViews.TaskView::dueAt).reversed()).toList();
    }

    @Transactional(readOnly = true)
    TaskViews.TaskView get(long id, Actor actor, DataScope scope) {
        TaskViews.TaskView view = view(task(id), actor, scope, true);
        if (view.hospitals() == 0) {
            throw new NotFound("task", id);
        }
        return view;
    }

    /** The hospital reports its part done, with a note and files. */
    TaskViews.TaskView report(long id, long hospitalId, String note, List<MultipartFile> files, Actor actor,
            DataScope scope) {
        TaskAssignment part = part(id, hospitalId, scope);
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "validation.task.reportNote");
        }
        TaskAssignment saved = assignments.save(part.report(note.trim(), actor.username(), Instant.now(clock)));
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file != null && !file.isEmpty()) {
                evidence.store(RecordRef.of(EVIDENCE, saved.id()), hospitalId, file, actor.username());
            }
        }
        Task task = task(id);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "TargetTask", id, hospitalId, Text.of("audit.task.reported")));
        events.publishEvent(new TaskReported(id, task.title(), hospitalId, task.issuerRegionId()));
        return get(id, actor, scope);
    }

    /** The issuing region's regulators accept a hospital's report (销号) or return it. */
    TaskViews.TaskView decide(long id, long hospitalId, boolean accept, String note, Actor actor, DataScope scope) {
        TaskAssignment part = part(id, hospitalId, scope);
        Task task = task(id);
        if (actor.regionId() == null || task.issuerRegionId() != actor.regionId()) {
            throw new RuleViolation("decision", "validation.task.notIssuer");
        }
        Instant now = Instant.now(clock);
        assignments.save(accept ? part.accept(blank(note), actor.username(), now)
                : part.sendBack(note, actor.username(), now));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "TargetTask", id, hospitalId,
                Text.of(accept ? "audit.task.accepted" : "audit.task.returned")));
        if (!accept) {
            events.publishEvent(new TaskReturned(id, task.title(), hospitalId, note.trim()));
        }
        return get(id, actor, scope);
    }

    /** A file of a hospital's report; the download is audited. */
    com.safeward.evidence.EvidenceContent file(long id, long hospitalId, long fileId, DataScope scope) {
        TaskAssignment part = part(id, hospitalId, scope);
        return evidence.download(RecordRef.of(EVIDENCE, part.id()), fileId, hospitalId);
    }

    /** Parts still to do past the deadline become overdue, once. */
    void sweep() {
        Instant now = Instant.now(clock);
        List<Object[]> due = jdbc.sql("""
                select a.id, a.task_id, a.hospital_id, t.issuer_region_id, t.title, t.due_at from task_assignments a
                join target_tasks t on t.id = a.task_id
                where a.status in ('OPEN', 'RETURNED') and a.overdue_at is null and t.due_at < :now""")
                .param("now", Timestamp.from(now)).query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()}).list();
        for (Object[] part : due) {
            if (jdbc.sql("update task_assignments set overdue_at = :now, version = version + 1 where id = :id "
                    + "and overdue_at is null").param("now", Timestamp.from(now)).param("id", part[0]).update() == 1) {
                events.publishEvent(new TaskOverdue((long) part[1], (String) part[4], (long) part[2], (long) part[3],
                        (Instant) part[5]));
            }
        }
    }

    private TaskAssignment part(long id, long hospitalId, DataScope scope) {
        return assignments.findByTaskIdAndHospitalId(id, hospitalId).filter(a -> scope.includes(a.hospitalId()))
                .orElseThrow(() -> new NotFound("task", id));
    }

    private Task task(long id) {
        return jdbc.sql("select * from target_tasks where id = :id").param("id", id).query((rs, n) -> new Task(
                rs.getLong("id"), rs.getString("title"), rs.getString("description"), rs.getString("requirement_id"),
                rs.getLong("issuer_region_id"), rs.getString("issued_by"), rs.getTimestamp("due_at").toInstant(),
                rs.getTimestamp("issued_at").toInstant())).optional().orElseThrow(() -> new NotFound("task", id));
    }

    private TaskViews.TaskView view(Task task, Actor actor, DataScope scope, boolean withParts) {
        Instant now = Instant.now(clock);
        List<TaskViews.AssignmentView> parts = new ArrayList<>();
        int[] counts = new int[4]; // reported, accepted, returned, overdue
        for (TaskAssignment a : assignments.findByTaskIdOrderByHospitalId(task.id())) {
            if (!scope.includes(a.hospitalId())) {
                continue;
            }
            boolean overdue = a.status().awaitsHospital() && now.isAfter(task.dueAt());
            counts[0] += a.status() == TaskStatus.REPORTED ? 1 : 0;
            counts[1] += a.status() == TaskStatus.ACCEPTED ? 1 : 0;
            counts[2] += a.status() == TaskStatus.RETURNED ? 1 : 0;
            counts[3] += overdue ? 1 : 0;
            List<EvidenceView> files = withParts ? evidence.of(RecordRef.of(EVIDENCE, a.id())) : List.of();
            parts.add(new TaskViews.AssignmentView(a.id(), a.hospitalId(),
                    organizations.hospitalLabel(a.hospitalId()).orElse(""), a.status(), overdue, a.reportNote(),
                    a.reportedBy(), a.reportedAt(), a.decisionNote(), a.decidedBy(), a.decidedAt(), files));
        }
        boolean decidable = actor.regionId() != null && actor.regionId() == task.issuerRegionId();
        return new TaskViews.TaskView(task.id(), task.title(), task.description(), task.requirementId(),
                task.issuerRegionId(), organizations.regionName(task.issuerRegionId()).orElse(""), task.issuedBy(),
                task.dueAt(), task.issuedAt(), parts.size(), counts[0], counts[1], counts[2], counts[3], decidable,
                withParts ? parts : List.of());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Configuration
    static class Sweep {
        @Bean
        RecurringTask<Void> targetTaskDeadlinesTask(ObjectProvider<TargetTasks> tasks) {
            return Tasks.recurring(SWEEP, FixedDelay.ofMinutes(5)).execute((instance, context) -> tasks.getObject().sweep());
        }
    }
}
