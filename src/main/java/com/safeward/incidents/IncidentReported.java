package com.safeward.incidents;

/**
 * INC-2: an incident was reported (by staff, from an alarm, or by another module on someone's
 * behalf). Published in the reporting transaction.
 */
public record IncidentReported(long incidentId, long hospitalId, long areaId, IncidentType type, String reportedBy,
        Long sourceAlarmId) {
}
