package com.safeward.disputes;

import java.time.Instant;

/** DSP-1: the feedback on a complaint is due soon; its owner (null: nobody has taken it yet) is reminded. */
public record ComplaintDeadlineNeared(long complaintId, long hospitalId, String owner, String subject, Instant dueAt) {
}
