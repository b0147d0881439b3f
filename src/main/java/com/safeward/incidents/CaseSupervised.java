package com.safeward.incidents;

/** INC-7: a regulator above the hospital's level put the case under supervision (挂牌督办). */
public record CaseSupervised(long incidentId, long hospitalId, IncidentType type, String note, String supervisedBy) {
}
