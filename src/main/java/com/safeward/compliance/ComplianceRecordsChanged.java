package com.safeward.compliance;

/**
 * A module's records behind a requirement changed at a hospital (a report submitted or overdue, a
 * ledger item opened or closed, an inspection signed off …): the compliance module re-evaluates that
 * requirement for that hospital at once, after the change commits, instead of at the next full run.
 */
public record ComplianceRecordsChanged(long hospitalId, String requirementId) {
}
