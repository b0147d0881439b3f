package com.safeward.incidents;

/** N-2.1: a step of the incident's SOP was skipped, with the handler's reason (the security department hears of it). */
public record SopStepSkipped(long incidentId, long hospitalId, String step, String reason, String skippedBy) {
}
