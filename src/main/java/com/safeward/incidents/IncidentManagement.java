package com.safeward.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.dispatch.GuardArrived;
import com.safeward.dispatch.GuardDispatch;
import com.safeward.dispatch.GuardTaskKind;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.Texts;
import com.safeward.trail.Trail;

/**
 * The incidents module's API and use cases: report, escalate from an alarm, run the lifecycle
 * and the SOP, record the police call and the police's own entries. Each change is audited and
 * lands in the incident's trail.
 */
@Service
@Transactional
public class IncidentManagement {

    static final String SOURCE = "INCIDENT";

    private final Incidents incidents;
    private final IncidentQueries queries;
    private final SopChecklist sop;
    private final OrganizationDirectory organizations;
    private final GuardDispatch dispatch;
    private final AuditTrail audit;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Clock clock;

    IncidentManagement(Incidents incidents, IncidentQueries queries, SopChecklist sop,
            OrganizationDirectory organizations, GuardDispatch dispatch, AuditTrail audit, Trail trail,
            ApplicationEventPublisher events, Texts texts, Clock clock) {
        this.events = events;
        this.texts = texts;
        this.incidents = incidents;
        this.queries = queries;
        this.sop = sop;
        this.organizations = organizations;
        this.dispatch = dispatch;
        this.audit = audit;
        this.trail = trail;
        this.clock = clock;
    }

    /** The incident exists and lies within the scope; otherwise 404 (SUP-1), as for a record of another hospital. */
    @Transactional(readOnly = true)
    public void requireVisible(long incidentId, DataScope scope) {
        incidents.visibleIn(incidentId, scope);
    }

    /** Whether the incident exists and is the hospital's (a dispute links to its own hospital's incidents). */
    @Transactional(readOnly = true)
    public boolean belongsTo(long incidentId, long hospitalId) {
        return incidents.findById(incidentId).filter(i -> i.hospitalId() == hospitalId).isPresent();
    }

    /**
     * INC-5 (N-1.2): whether the incident is a disturbance not yet under control (controlled, handed to
     * the police or closed ends it): no negotiation or mediation of its case until then.
     */
    @Transactional(readOnly = true)
    public boolean disturbanceUncontrolled(long incidentId) {
        return incidents.findById(incidentId).filter(i -> i.incidentType().disturbance()
                && i.status().before(IncidentStatus.CONTROLLED)).isPresent();
    }

    /**
     * 上报警情 the monitoring console answers (INC-1, INC-4): incidents staff reported (not from an
     * alarm) that no guard has been sent to yet, newest first.
     */
    @Transactional(readOnly = true)
    public List<StaffReport> awaitingSecurity(DataScope scope) {
        return queries.awaitingSecurity(scope);
    }

    /** The console acknowledges a staff report (确认接警): security has it. Once; later steps imply it. */
    public void acknowledge(long id, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (incident.status() == IncidentStatus.REPORTED) {
            advance(id, IncidentStatus.ACKNOWLEDGED, null, actor, scope);
        }
    }

    /** The console sends a guard to a staff report's place. */
    public void sendGuard(long id, String guard, String actor, DataScope scope) {
        dispatchGuard(id, guard, actor, scope);
    }

    private void changed(Incident incident) {
        events.publishEvent(new IncidentStatusChanged(incident.id(), incident.hospitalId(), incident.status(),
                incident.reportedBy(), incident.sourceAlarmId()));
    }

    /** An operator turns an alarm into an incident; the incident keeps the alarm's id. */
    public long reportFromAlarm(long hospitalId, long areaId, long alarmId, String description, String actor) {
        return report(hospitalId, areaId, IncidentType.ALARM, description, alarmId, actor).id();
    }

    /**
     * Another module reports an incident on someone's behalf (WL-3: a high-risk person reported to
     * the police; WL-4: a drunk or violent patient). The area must belong to the hospital.
     */
    public long reportFor(long hospitalId, long areaId, IncidentType type, String description, String actor) {
        if (organizations.area(hospitalId, areaId).isEmpty()) {
            throw new RuleViolation("areaId", "validation.area.unknown");
        }
        return report(hospitalId, areaId, type, description, null, actor).id();
    }

    IncidentView report(ReportForm form, Actor actor, DataScope scope) {
        if (!scope.includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        if (organizations.area(form.hospitalId, form.areaId).isEmpty()) {
            throw new RuleViolation("areaId", "validation.area.unknown");
        }
        return queries.view(report(form.hospitalId, form.areaId, form.incidentType, form.description, null,
                actor.username()));
    }

    private Incident report(long hospitalId, long areaId, IncidentType type, String description, Long alarmId,
            String actor) {
        Instant now = Instant.now(clock);
        Incident incident = incidents.save(Incident.report(hospitalId, areaId, type,
                description == null || description.isBlank() ? null : description.trim(), alarmId, actor, now));
        sop.create(incident.id(), type, hospitalId);
        trail(incident.id(), actor, "REPORTED", null, alarmId == null ? "" : Text.of("trail.fromAlarm", alarmId));
        events.publishEvent(new IncidentReported(incident.id(), hospitalId, areaId, type, actor, alarmId));
        audit.record(AuditEntry.created("Incident", incident.id(), hospitalId,
                type + " @ " + queries.location(hospitalId, areaId)));
        return incident;
    }

    IncidentView advance(long id, IncidentStatus next, String summary, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        Incident saved = incidents.save(incident.advance(next, summary, Instant.now(clock)));
        trail(id, actor, next.name(), next == IncidentStatus.CLOSED ? saved.closingSummary() : null);
        changed(saved);
        if (next == IncidentStatus.CLOSED) {
            events.publishEvent(new IncidentClosed(id, saved.hospitalId(), saved.incidentType()));
        }
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Incident", id, incident.hospitalId(),
                Text.of("audit.statusChange", Text.of(incident.status()), Text.of(next))));
        return queries.view(saved);
    }

    /** INC-1: a guard of the hospital is sent to the incident's place (the guard's phone shows it); then it is dispatched. */
    IncidentView dispatchGuard(long id, String guard, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        dispatch.send(incident.hospitalId(), incident.areaId(), GuardTaskKind.ALARM_RESPONSE, SOURCE, id, guard,
                texts.render(incident.description() == null
                        ? Text.of("incident.guardTask", Text.of(incident.incidentType()))
                        : Text.of("incident.guardTask.described", Text.of(incident.incidentType()), incident.description())),
                actor);
        trail(id, actor, "GUARD_DISPATCHED", null, Text.person(guard));
        if (incident.status().before(IncidentStatus.DISPATCHED)) {
            changed(incidents.save(incident.advance(IncidentStatus.DISPATCHED, null, Instant.now(clock))));
        }
        sop.completeNamed(id, "DISPATCH_GUARDS", actor);
        return queries.view(incidents.visibleIn(id, scope));
    }

    /** The guard sent to the incident is there: it is on scene (INC-4). */
    @ApplicationModuleListener
    void on(GuardArrived arrived) {
        if (!SOURCE.equals(arrived.sourceType())) {
            return;
        }
        incidents.findById(arrived.sourceId()).ifPresent(incident -> {
            trail(incident.id(), arrived.guard(), "GUARD_ARRIVED", null);
            if (incident.status().before(IncidentStatus.ON_SCENE)) {
                changed(incidents.save(incident.advance(IncidentStatus.ON_SCENE, null, Instant.now(clock))));
            }
        });
    }

    IncidentView completeStep(long id, int position, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        trail(id, actor, "SOP_DONE", null, Text.of("sop." + sop.complete(id, position, actor)));
        return queries.view(incident);
    }

    /** Skipping a step needs a reason, and the security department hears of it. */
    IncidentView skipStep(long id, int position, String reason, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        String step = sop.skip(id, position, reason, actor);
        trail(id, actor, "SOP_SKIPPED", reason, Text.of("sop." + step));
        events.publishEvent(new SopStepSkipped(id, incident.hospitalId(), step, reason.trim(), actor));
        return queries.view(incident);
    }

    /** INC-6: records what the incident led to; the reports this makes owed are created in the same transaction. */
    IncidentView recordConsequences(long id, ConsequencesForm form, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (form.seriousInjuries > form.injured) {
            throw new RuleViolation("seriousInjuries", "validation.incident.seriousAboveInjured");
        }
        Incident saved = incidents.save(incident.consequences(form.deaths, form.seriousInjuries, form.injured,
                form.massIncident, form.criminalCase));
        trail(id, actor, "CONSEQUENCES", null, form.deaths, form.seriousInjuries, form.injured,
                form.massIncident ? Text.of("trail.massIncident") : "", form.criminalCase ? Text.of("trail.criminalCase") : "");
        audit.record(AuditEntry.updated("Incident", id, incident.hospitalId(), consequencesOf(incident),
                consequencesOf(saved)));
        events.publishEvent(new IncidentConsequencesRecorded(id, saved.hospitalId(), saved.incidentType(),
                queries.location(saved.hospitalId(), saved.areaId()), saved.reportedAt(), saved.description(), saved.deaths(),
                saved.seriousInjuries(), saved.injured(), saved.massIncident(), saved.criminalCase()));
        return queries.view(saved);
    }

    private static java.util.Map<String, Object> consequencesOf(Incident i) {
        return java.util.Map.of("deaths", i.deaths(), "seriousInjuries", i.seriousInjuries(), "injured", i.injured(),
                "massIncident", i.massIncident(), "criminalCase", i.criminalCase());
    }

    @Transactional(readOnly = true)
    List<String> guardsOf(long hospitalId) {
        return dispatch.guardsOf(hospitalId);
    }

    /** The incident's history: what was done, with the message's arguments, and the note the person wrote. */
    private void trail(long id, String actor, String action, String note, Object... labelArguments) {
        trail.add(Incident.trail(id), Instant.now(clock), actor, action, note, null, labelArguments);
    }
}
