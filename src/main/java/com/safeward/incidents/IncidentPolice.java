package com.safeward.incidents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.trail.Trail;

/**
 * INC-3: the hospital's call to 110 (how many people, doing what, anyone injured), and what the
 * police of the responsible station record back: arrival, the scene under control (which controls
 * the incident), their disposal opinion (which the hospital hears of).
 */
@Service
@Transactional
class IncidentPolice {

    /** What the police record. */
    enum PoliceEntry {
        ARRIVED, SCENE_CONTROLLED, DISPOSAL
    }

    private final Incidents incidents;
    private final IncidentQueries queries;
    private final SopChecklist sop;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentPolice(Incidents incidents, IncidentQueries queries, SopChecklist sop, JdbcClient jdbc, AuditTrail audit,
            Trail trail, ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.queries = queries;
        this.sop = sop;
        this.jdbc = jdbc;
        this.audit = audit;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    /** INC-3: the call to 110 with how many people, doing what, and whether anyone is injured. */
    IncidentView recordCall(long id, PoliceCallForm form, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (form.anyoneInjured && form.injuredCount < 1) {
            throw new RuleViolation("injuredCount", "validation.police.injuredCount");
        }
        if (!form.anyoneInjured && form.injuredCount > 0) {
            throw new RuleViolation("anyoneInjured", "validation.police.anyoneInjured");
        }
        if (called(id)) {
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
        trail.add(Incident.trail(id), Instant.now(clock), actor, "POLICE_CALLED", null, null, form.partiesCount,
                form.injuredCount);
        sop.completeNamed(id, "CALL_110", actor);
        audit.record(AuditEntry.of(AuditAction.CREATED, "PoliceCallRecord", id, incident.hospitalId(),
                Text.of("audit.police.called")));
        events.publishEvent(new PoliceCalled(id, incident.hospitalId(), incident.areaId(), incident.incidentType()));
        return queries.view(incident);
    }

    /** The police of the responsible station: arrival, scene under control, disposal opinion. */
    IncidentView recordByPolice(long id, PoliceEntry entry, String opinion, String officer, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (!called(id)) {
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
        trail.add(Incident.trail(id), now.toInstant(), officer, "POLICE_" + entry.name(), opinion, null);
        audit.record(AuditEntry.of(AuditAction.UPDATED, "PoliceCallRecord", id, incident.hospitalId(),
                Text.of(entry)));
        return queries.view(incidents.visibleIn(id, scope));
    }

    private boolean called(long id) {
        return jdbc.sql("select count(*) from police_call_records where incident_id = :i").param("i", id)
                .query(Long.class).single() > 0;
    }
}
