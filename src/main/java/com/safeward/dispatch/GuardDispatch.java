package com.safeward.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;

/** The dispatch module's API: send guards, and what has become of the guards sent. */
@Service
@Transactional
public class GuardDispatch {

    private final GuardTasks tasks;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuardDispatch(GuardTasks tasks, AccountDirectory accounts, OrganizationDirectory organizations,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.tasks = tasks;
        this.accounts = accounts;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The guards of a hospital who can be sent (enabled GUARD accounts), those without an open task first. */
    @Transactional(readOnly = true)
    public List<String> guardsOf(long hospitalId) {
        // free guards first: one still on the way to an earlier task is the last to send (the picker shows names)
        java.util.Map<String, GuardTask> busy = currentTasks(hospitalId);
        return guardAccounts(hospitalId).stream().sorted(java.util.Comparator.comparing(busy::containsKey)).toList();
    }

    private List<String> guardAccounts(long hospitalId) {
        return accounts.usernames(hospitalId, EnumSet.of(Role.GUARD));
    }

    /** Each busy guard's newest task not yet reached. */
    private java.util.Map<String, GuardTask> currentTasks(long hospitalId) {
        java.util.Map<String, GuardTask> current = new java.util.HashMap<>();
        tasks.findByHospitalIdAndArrivedAtIsNull(hospitalId).forEach(t -> current.merge(t.guard(), t,
                (a, b) -> a.assignedAt().isAfter(b.assignedAt()) ? a : b));
        return current;
    }

    /** Sends a guard of the hospital to the area; the guard is notified at once. */
    public GuardTaskView send(long hospitalId, long areaId, GuardTaskKind kind, String sourceType, long sourceId,
            String guard, String instructions, String assignedBy) {
        if (guard == null || !guardAccounts(hospitalId).contains(guard)) {
            throw new RuleViolation("guard", "validation.guard.unknown");
        }
        GuardTask task = tasks.save(new GuardTask(null, hospitalId, areaId, kind, sourceType, sourceId, guard,
                instructions == null || instructions.isBlank() ? null : instructions.trim(), assignedBy,
                Instant.now(clock), null, null, null));
        GuardTaskView view = view(task);
        events.publishEvent(new GuardTaskAssigned(task.id(), hospitalId, areaId, guard, kind, task.instructions()));
        audit.record(AuditEntry.created("GuardTask", task.id(), hospitalId, view));
        return view;
    }

    @Transactional(readOnly = true)
    public List<GuardTaskView> sentFor(String sourceType, long sourceId) {
        return tasks.findBySourceTypeAndSourceIdOrderByAssignedAt(sourceType, sourceId).stream().map(this::view).toList();
    }

    /** The hospital's guards, each with the task they are on (on the way or not yet confirmed), or free: free first. */
    @Transactional(readOnly = true)
    List<GuardOnDuty> onDuty(long hospitalId) {
        java.util.Map<String, GuardTask> current = currentTasks(hospitalId);
        return guardAccounts(hospitalId).stream().sorted(java.util.Comparator.comparing(current::containsKey))
                .map(guard -> new GuardOnDuty(guard, current.containsKey(guard) ? view(current.get(guard)) : null))
                .toList();
    }

    @Transactional(readOnly = true)
    List<GuardTaskView> openFor(String guard) {
        return tasks.findByGuardAndArrivedAtIsNullOrderByAssignedAtDesc(guard).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    List<GuardTaskView> doneBy(String guard) {
        return tasks.findTop20ByGuardAndArrivedAtIsNotNullOrderByAssignedAtDesc(guard).stream().map(this::view).toList();
    }

    GuardTaskView acknowledge(long id, String guard) {
        GuardTask task = own(id, guard);
        GuardTask saved = tasks.save(task.acknowledge(Instant.now(clock)));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "GuardTask", id, task.hospitalId(), Text.of("audit.guardTask.acknowledged")));
        return view(saved);
    }

    GuardTaskView arrive(long id, String guard) {
        GuardTask task = own(id, guard);
        if (task.arrivedAt() != null) {
            return view(task);
        }
        GuardTask saved = tasks.save(task.arrive(Instant.now(clock)));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "GuardTask", id, task.hospitalId(), Text.of("audit.guardTask.arrived")));
        events.publishEvent(new GuardArrived(id, task.sourceType(), task.sourceId(), guard, task.hospitalId()));
        return view(saved);
    }

    private GuardTask own(long id, String guard) {
        return tasks.findById(id).filter(t -> t.guard().equals(guard))
                .orElseThrow(() -> new NotFound("guard task", id));
    }

    private GuardTaskView view(GuardTask t) {
        String location = organizations.area(t.hospitalId(), t.areaId()).map(AreaView::location).orElse("");
        return new GuardTaskView(t.id(), t.hospitalId(), t.areaId(), location, t.kind(), t.sourceType(), t.sourceId(),
                t.guard(), t.instructions(), t.assignedBy(), t.assignedAt(), t.acknowledgedAt(), t.arrivedAt());
    }
}
