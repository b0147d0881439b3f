package com.safeward.incidents;

import java.time.Instant;

/**
 * What an incident led to, as now known (INC-6): published in the recording transaction, so the
 * reports it makes owed are created with it.
 */
public record IncidentConsequencesRecorded(long incidentId, long hospitalId, IncidentType type, String location,
        Instant reportedAt, String description, int deaths, int seriousInjuries, int injured, boolean massIncident,
        boolean criminalCase) {
}
