package com.safeward.compliance;

import java.time.Instant;
import java.util.List;

/** RSK-4: a regulator issued a target task to these hospitals, due then. */
public record TaskIssued(long taskId, String title, List<Long> hospitalIds, Instant dueAt) {
}
