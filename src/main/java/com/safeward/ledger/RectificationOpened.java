package com.safeward.ledger;

import java.time.Instant;

/** RSK-2: a problem is in the ledger; its owner (or owning department) has it to fix by {@code dueAt}. */
public record RectificationOpened(long rectificationId, long hospitalId, long ownerDepartmentId, String owner,
        String problem, Severity severity, Instant dueAt) {
}
