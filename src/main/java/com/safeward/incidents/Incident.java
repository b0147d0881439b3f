package com.safeward.incidents;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.RecordRef;

/**
 * An incident and its lifecycle (INC-4). Steps only move forward; each is stamped once. A
 * disturbance cannot be closed before it is controlled. Its consequences (deaths, injuries, mass
 * incident, criminal case) decide which escalation reports are owed (INC-6).
 */
@Table("incidents")
record Incident(@Id Long id, Long hospitalId, Long areaId, IncidentType incidentType, String description,
        Long sourceAlarmId, IncidentStatus status, String reportedBy, Instant reportedAt, Instant acknowledgedAt,
        Instant dispatchedAt, Instant onSceneAt, Instant controlledAt, Instant handedToPoliceAt, Instant closedAt,
        String closingSummary, int deaths, int seriousInjuries, int injured, boolean massIncident,
        boolean criminalCase, @Version Integer version) {

    /** The incident's history in the trail. */
    static RecordRef trail(long id) {
        return RecordRef.of("INCIDENT", id);
    }

    /** The incident's evidence files in the evidence store. */
    static RecordRef evidence(long id) {
        return RecordRef.of("INCIDENT", id);
    }

    static Incident report(long hospitalId, long areaId, IncidentType type, String description, Long alarmId,
            String reporter, Instant now) {
        return new Incident(null, hospitalId, areaId, type, description, alarmId, IncidentStatus.REPORTED, reporter,
                now, null, null, null, null, null, null, null, 0, 0, 0, false, false, null);
    }

    /** Moves to {@code next}, stamping it (and acknowledging, if that was passed over). */
    Incident advance(IncidentStatus next, String summary, Instant now) {
        if (!status.before(next)) {
            throw new RuleViolation("status", "validation.incident.backwards", status, next);
        }
        if (next == IncidentStatus.CLOSED && incidentType.disturbance() && controlledAt == null) {
            throw new RuleViolation("status", "validation.incident.notControlled");
        }
        if (next == IncidentStatus.CLOSED && (summary == null || summary.isBlank())) {
            throw new RuleViolation("summary", "validation.incident.summary");
        }
        return new Incident(id, hospitalId, areaId, incidentType, description, sourceAlarmId, next, reportedBy,
                reportedAt, stamp(acknowledgedAt, IncidentStatus.ACKNOWLEDGED, next, now),
                stamp(dispatchedAt, IncidentStatus.DISPATCHED, next, now), stamp(onSceneAt, IncidentStatus.ON_SCENE, next, now),
                stamp(controlledAt, IncidentStatus.CONTROLLED, next, now),
                next == IncidentStatus.HANDED_TO_POLICE ? now : handedToPoliceAt,
                next == IncidentStatus.CLOSED ? now : closedAt,
                next == IncidentStatus.CLOSED ? summary.trim() : closingSummary, deaths, seriousInjuries, injured,
                massIncident, criminalCase, version);
    }

    /** A step is stamped when reached; acknowledging is implied by any later step, the others are not. */
    private static Instant stamp(Instant current, IncidentStatus step, IncidentStatus next, Instant now) {
        if (current != null) {
            return current;
        }
        return step == next || step == IncidentStatus.ACKNOWLEDGED && step.before(next) ? now : null;
    }

    /** The scene is under control (e.g. as the police record it) without changing where the lifecycle stands. */
    Incident controlled(Instant now) {
        if (controlledAt != null) {
            return this;
        }
        return new Incident(id, hospitalId, areaId, incidentType, description, sourceAlarmId, status, reportedBy,
                reportedAt, acknowledgedAt, dispatchedAt, onSceneAt, now, handedToPoliceAt, closedAt, closingSummary,
                deaths, seriousInjuries, injured, massIncident, criminalCase, version);
    }

    /** INC-6: what the incident led to. Counts only grow as facts become known. */
    Incident consequences(int deaths, int seriousInjuries, int injured, boolean massIncident, boolean criminalCase) {
        if (deaths < this.deaths || seriousInjuries < this.seriousInjuries || injured < this.injured
                || (this.massIncident && !massIncident) || (this.criminalCase && !criminalCase)) {
            throw new RuleViolation("consequences", "validation.incident.consequencesShrink");
        }
        return new Incident(id, hospitalId, areaId, incidentType, description, sourceAlarmId, status, reportedBy,
                reportedAt, acknowledgedAt, dispatchedAt, onSceneAt, controlledAt, handedToPoliceAt, closedAt,
                closingSummary, deaths, seriousInjuries, injured, massIncident, criminalCase, version);
    }
}
