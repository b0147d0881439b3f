package com.safeward.reports;

import java.time.Instant;

import com.safeward.incidents.IncidentType;

/** INC-6: an incident's consequences make this report owed to {@code recipient} by {@code dueAt}. */
public record EscalationReportOwed(long reportId, long incidentId, long hospitalId, Recipient recipient, Instant dueAt,
        IncidentType type, String location) {
}
