package com.safeward.incidents;

/**
 * INC-4: an incident moved on (acknowledged, guards dispatched, on scene, …). Published in the
 * transaction that moved it; the console and the reporter's page follow it live.
 */
public record IncidentStatusChanged(long incidentId, long hospitalId, IncidentStatus status, String reportedBy,
        Long sourceAlarmId) {
}
