package com.safeward.compliance;

import java.time.Instant;

/** RSK-4: a hospital's part of a task is not done by its deadline; both sides hear of it, once. */
public record TaskOverdue(long taskId, String title, long hospitalId, long issuerRegionId, Instant dueAt) {
}
