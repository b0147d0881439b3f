package com.safeward.reports;

import java.time.Instant;

/** INC-6: the report was not submitted by its deadline; the hospital and the regulators above it hear of it once. */
public record EscalationReportOverdue(long reportId, long hospitalId, Recipient recipient, Instant dueAt) {
}
