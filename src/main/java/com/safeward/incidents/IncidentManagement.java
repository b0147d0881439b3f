package com.safeward.incidents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.dispatch.GuardArrived;
import com.safeward.dispatch.GuardDispatch;
import com.safeward.dispatch.GuardTaskKind;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.trail.Trail;
import com.safeward.trail.TrailEntry;
import com.safeward.web.AggregateRows;
import com.safeward.web.PagedQuery;
import com.safeward.web.SortableFields;

/**
 * The incidents module's API and use cases: report, escalate from an alarm, run the lifecycle
 * and the SOP, record the police call and the police's own entries. Each change is audited and
 * lands in the incident's trail.
 */
@Service
@Transactional
public class IncidentManagement {

    static final String SOURCE = "INCIDENT";
    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Order.desc("reportedAt")), "reportedAt",
            "status", "incidentType");

    private final Incidents incidents;
    private final AggregateRows rows;
    private final JdbcClient jdbc;
    private final SopCatalog sops;
    private final OrganizationDirectory organizations;
    private final GuardDispatch dispatch;
    private final AuditTrail audit;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentManagement(Incidents incidents, AggregateRows rows, JdbcClient jdbc, SopCatalog sops,
            OrganizationDirectory organizations, GuardDispatch dispatch, AuditTrail audit, Trail trail,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.incidents = incidents;
        this.rows = rows;
        this.jdbc = jdbc;
        this.sops = sops;
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

    /** INC-5: whether the incident is a disturbance that has not been stopped yet (no mediation then). */
    @Transactional(readOnly = true)
    public boolean isDisturbanceUncontrolled(long incidentId) {
        return incidents.findById(incidentId).map(Incident::uncontrolledDisturbance).orElse(false);
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
        return view(report(form.hospitalId, form.areaId, form.incidentType, form.description, null, actor.username()));
    }

    private Incident report(long hospitalId, long areaId, IncidentType type, String description, Long alarmId,
            String actor) {
        Instant now = Instant.now(clock);
        Incident incident = incidents.save(Incident.report(hospitalId, areaId, type,
                description == null || description.isBlank() ? null : description.trim(), alarmId, actor, now));
        List<String> steps = sops.stepsFor(type);
        for (int i = 0; i < steps.size(); i++) {
            jdbc.sql("insert into incident_sop_steps (incident_id, position, step) values (:i, :p, :s)")
                    .param("i", incident.id()).param("p", i + 1).param("s", steps.get(i)).update();
        }
        trail(incident.id(), actor, "REPORTED", null, alarmId == null ? "" : Text.of("trail.fromAlarm", alarmId));
        events.publishEvent(new IncidentReported(incident.id(), hospitalId, areaId, type, actor, alarmId));
        audit.record(AuditEntry.created("Incident", incident.id(), hospitalId, type + " @ " + location(hospitalId, areaId)));
        return incident;
    }

    IncidentView advance(long id, IncidentStatus next, String summary, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        Incident saved = incidents.save(incident.advance(next, summary, Instant.now(clock)));
        trail(id, actor, next.name(), next == IncidentStatus.CLOSED ? saved.closingSummary() : null);
        if (next == IncidentStatus.CLOSED) {
            events.publishEvent(new IncidentClosed(id, saved.hospitalId(), saved.incidentType()));
        }
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Incident", id, incident.hospitalId(),
                incident.status() + " -> " + next));
        return view(saved);
    }

    IncidentView dispatchGuard(long id, String guard, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        dispatch.send(incident.hospitalId(), incident.areaId(), GuardTaskKind.ALARM_RESPONSE, SOURCE, id, guard,
                incident.incidentType() + (incident.description() == null ? "" : "：" + incident.description()), actor);
        trail(id, actor, "GUARD_DISPATCHED", null, Text.person(guard));
        if (incident.status().before(IncidentStatus.DISPATCHED)) {
            incidents.save(incident.advance(IncidentStatus.DISPATCHED, null, Instant.now(clock)));
        }
        completeStepNamed(id, "DISPATCH_GUARDS", actor);
        return view(incidents.visibleIn(id, scope));
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
                incidents.save(incident.advance(IncidentStatus.ON_SCENE, null, Instant.now(clock)));
            }
        });
    }

    IncidentView completeStep(long id, int position, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        int changed = jdbc.sql("update incident_sop_steps set done_at = :at, done_by = :by "
                + "where incident_id = :i and position = :p and done_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("i", id).param("p", position)
                .update();
        if (changed == 0) {
            throw new RuleViolation("position", "validation.sop.unknownStep");
        }
        trail(id, actor, "SOP_DONE", null, Text.of("sop." + stepName(id, position)));
        return view(incident);
    }

    /** Skipping a step needs a reason, and the security department hears of it. */
    IncidentView skipStep(long id, int position, String reason, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "validation.sop.skipReason");
        }
        int changed = jdbc.sql("update incident_sop_steps set done_at = :at, done_by = :by, skipped_reason = :reason "
                + "where incident_id = :i and position = :p and done_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("reason", reason.trim())
                .param("i", id).param("p", position).update();
        if (changed == 0) {
            throw new RuleViolation("position", "validation.sop.unknownStep");
        }
        String step = stepName(id, position);
        trail(id, actor, "SOP_SKIPPED", reason, Text.of("sop." + step));
        events.publishEvent(new SopStepSkipped(id, incident.hospitalId(), step, reason.trim(), actor));
        return view(incident);
    }

    /** INC-3: the call to 110 with how many people, doing what, and whether anyone is injured. */
    IncidentView recordPoliceCall(long id, PoliceCallForm form, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (form.anyoneInjured && form.injuredCount < 1) {
            throw new RuleViolation("injuredCount", "validation.police.injuredCount");
        }
        if (!form.anyoneInjured && form.injuredCount > 0) {
            throw new RuleViolation("anyoneInjured", "validation.police.anyoneInjured");
        }
        if (jdbc.sql("select count(*) from police_call_records where incident_id = :i").param("i", id)
                .query(Long.class).single() > 0) {
            throw new RuleViolation("incident", "validation.police.alreadyCalled");
        }
        jdbc.sql("""
                insert into police_call_records (incident_id, called_at, called_by, parties_count, behaviours,
                    anyone_injured, injured_count)
                values (:i, :at, :by, :parties, :behaviours, :injured, :count)""")
                .param("i", id).param("at", Timestamp.from(Instant.now(clock))).param("by", actor)
                .param("parties", form.partiesCount)
                .param("behaviours", form.behaviours.stream().map(Enum::name).distinct().collect(Collectors.joining(",")))
                .param("injured", form.anyoneInjured).param("count", form.injuredCount).update();
        trail(id, actor, "POLICE_CALLED", null, form.partiesCount, form.injuredCount);
        completeStepNamed(id, "CALL_110", actor);
        audit.record(AuditEntry.of(AuditAction.CREATED, "PoliceCallRecord", id, incident.hospitalId(), "110 called"));
        events.publishEvent(new PoliceCalled(id, incident.hospitalId(), incident.areaId(), incident.incidentType()));
        return view(incident);
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
                location(saved.hospitalId(), saved.areaId()), saved.reportedAt(), saved.description(), saved.deaths(),
                saved.seriousInjuries(), saved.injured(), saved.massIncident(), saved.criminalCase()));
        return view(saved);
    }

    private static java.util.Map<String, Object> consequencesOf(Incident i) {
        return java.util.Map.of("deaths", i.deaths(), "seriousInjuries", i.seriousInjuries(), "injured", i.injured(),
                "massIncident", i.massIncident(), "criminalCase", i.criminalCase());
    }

    /** The police of the responsible station: arrival, scene under control, disposal opinion (INC-3). */
    IncidentView recordByPolice(long id, PoliceEntry entry, String opinion, String officer, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (jdbc.sql("select count(*) from police_call_records where incident_id = :i").param("i", id)
                .query(Long.class).single() == 0) {
            throw new RuleViolation("incident", "validation.police.notCalled");
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        switch (entry) {
            case ARRIVED -> jdbc.sql("update police_call_records set police_arrived_at = coalesce(police_arrived_at, :at) "
                    + "where incident_id = :i").param("at", now).param("i", id).update();
            case SCENE_CONTROLLED -> {
                jdbc.sql("update police_call_records set scene_controlled_at = coalesce(scene_controlled_at, :at), "
                        + "police_arrived_at = coalesce(police_arrived_at, :at) where incident_id = :i")
                        .param("at", now).param("i", id).update();
                incidents.save(incident.controlled(now.toInstant()));
            }
            case DISPOSAL -> {
                if (opinion == null || opinion.isBlank()) {
                    throw new RuleViolation("opinion", "validation.police.opinion");
                }
                jdbc.sql("update police_call_records set disposal_opinion = :o, disposal_by = :by, disposal_at = :at "
                        + "where incident_id = :i").param("o", opinion.trim()).param("by", officer).param("at", now)
                        .param("i", id).update();
                events.publishEvent(new PoliceDisposalRecorded(id, incident.hospitalId(), opinion.trim(), officer));
            }
        }
        trail(id, officer, "POLICE_" + entry.name(), opinion);
        audit.record(AuditEntry.of(AuditAction.UPDATED, "PoliceCallRecord", id, incident.hospitalId(), entry.name()));
        return view(incidents.visibleIn(id, scope));
    }

    /** What the police record. */
    enum PoliceEntry {
        ARRIVED, SCENE_CONTROLLED, DISPOSAL
    }

    @Transactional(readOnly = true)
    IncidentView get(long id, Actor actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (IncidentAccess.seesOwnReportsOnly(actor) && !incident.reportedBy().equals(actor.username())) {
            throw new NotFound("incident", id);
        }
        return view(incident);
    }

    @Transactional(readOnly = true)
    Page<IncidentView> list(Boolean open, Actor actor, DataScope scope, Pageable pageable) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id");
        if (IncidentAccess.seesOwnReportsOnly(actor)) {
            query.and("reported_by = :reporter", "reporter", actor.username());
        }
        if (Boolean.TRUE.equals(open)) {
            query.and("status <> 'CLOSED'");
        }
        return query.page(jdbc, "incidents", SORT, rows.of(Incident.class), pageable).map(this::summary);
    }

    @Transactional(readOnly = true)
    List<String> guardsOf(long hospitalId) {
        return dispatch.guardsOf(hospitalId);
    }


    private void completeStepNamed(long id, String step, String actor) {
        jdbc.sql("update incident_sop_steps set done_at = :at, done_by = :by where incident_id = :i and step = :s "
                + "and done_at is null").param("at", Timestamp.from(Instant.now(clock))).param("by", actor)
                .param("i", id).param("s", step).update();
    }

    private String stepName(long id, int position) {
        return jdbc.sql("select step from incident_sop_steps where incident_id = :i and position = :p")
                .param("i", id).param("p", position).query(String.class).single();
    }

    /** The incident's history: what was done, with the message's arguments, and the note the person wrote. */
    private void trail(long id, String actor, String action, String note, Object... labelArguments) {
        trail.add(Incident.trail(id), Instant.now(clock), actor, action, note, null, labelArguments);
    }

    private String location(long hospitalId, long areaId) {
        return organizations.area(hospitalId, areaId).map(AreaView::location).orElse("");
    }

    private IncidentView summary(Incident i) {
        return build(i, List.of(), null, List.of());
    }

    private IncidentView view(Incident i) {
        List<IncidentView.Step> sop = jdbc.sql("select * from incident_sop_steps where incident_id = :i order by position")
                .param("i", i.id()).query((rs, n) -> new IncidentView.Step(rs.getInt("position"), rs.getString("step"),
                        instant(rs.getTimestamp("done_at")), rs.getString("done_by"), rs.getString("skipped_reason")))
                .list();
        IncidentView.PoliceRecord police = jdbc.sql("select * from police_call_records where incident_id = :i")
                .param("i", i.id()).query((rs, n) -> new IncidentView.PoliceRecord(instant(rs.getTimestamp("called_at")),
                        rs.getString("called_by"), rs.getInt("parties_count"),
                        Arrays.asList(rs.getString("behaviours").split(",")), rs.getBoolean("anyone_injured"),
                        rs.getInt("injured_count"), instant(rs.getTimestamp("police_arrived_at")),
                        instant(rs.getTimestamp("scene_controlled_at")), rs.getString("disposal_opinion"),
                        rs.getString("disposal_by"), instant(rs.getTimestamp("disposal_at"))))
                .optional().orElse(null);
        return build(i, sop, police, trail.of(Incident.trail(i.id())));
    }

    private IncidentView build(Incident i, List<IncidentView.Step> sop, IncidentView.PoliceRecord police,
            List<TrailEntry> trail) {
        return new IncidentView(i.id(), i.hospitalId(), organizations.hospitalLabel(i.hospitalId()).orElse(""),
                i.areaId(), location(i.hospitalId(), i.areaId()), i.incidentType(), i.description(), i.sourceAlarmId(),
                i.status(), i.reportedBy(), i.reportedAt(), i.acknowledgedAt(), i.dispatchedAt(), i.onSceneAt(),
                i.controlledAt(), i.handedToPoliceAt(), i.closedAt(), i.closingSummary(), i.deaths(), i.seriousInjuries(),
                i.injured(), i.massIncident(), i.criminalCase(), sop, police, trail);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
