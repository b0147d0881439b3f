package com.safeward.disputes;

import java.time.Instant;

/** DSP-1: no feedback on a complaint by its deadline; the owner and the hospital's management are alerted. */
public record ComplaintOverdue(long complaintId, long hospitalId, String owner, String subject, Instant dueAt) {
}
