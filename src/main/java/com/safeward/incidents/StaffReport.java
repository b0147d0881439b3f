package com.safeward.incidents;

import java.time.Instant;
import java.util.List;

import com.safeward.dispatch.GuardTaskView;

/**
 * An incident staff reported (上报警情: the report form, the two-tap {@code /concern} page), as the
 * monitoring console and the reporter's page show it: what, where, who, when, how far security
 * has got, and the guards sent.
 */
public record StaffReport(long id, long hospitalId, String hospitalLabel, long areaId, String location,
        IncidentType incidentType, String reportedBy, Instant reportedAt, IncidentStatus status,
        Instant acknowledgedAt, List<GuardTaskView> guards) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean guardSent() {
        return !guards.isEmpty();
    }
}
