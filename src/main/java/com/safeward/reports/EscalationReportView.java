package com.safeward.reports;

import java.time.Instant;

/** A report owed, as hospitals and regulators see it. */
public record EscalationReportView(long id, long incidentId, long hospitalId, String hospitalLabel, String rule,
        Recipient recipient, Instant dueAt, String content, Instant submittedAt, String submittedBy, Instant receivedAt,
        String receivedBy, Instant overdueAt) {

    /** Due and not submitted by then (as of the last deadline check). */
    public boolean overdue() {
        return overdueAt != null;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean received() {
        return receivedAt != null;
    }
}
