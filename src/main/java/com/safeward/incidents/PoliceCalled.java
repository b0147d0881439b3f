package com.safeward.incidents;

/** INC-3: the hospital called 110 about the incident (its leaders hear of it). */
public record PoliceCalled(long incidentId, long hospitalId, long areaId, IncidentType type) {
}
