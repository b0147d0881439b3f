package com.safeward.incidents;

/** An incident was closed (published in the closing transaction). */
public record IncidentClosed(long incidentId, long hospitalId, IncidentType type) {
}
