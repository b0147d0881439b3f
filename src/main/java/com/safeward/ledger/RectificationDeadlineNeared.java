package com.safeward.ledger;

import java.time.Instant;

/** RSK-2: an item is still open shortly before its deadline ({@code safeward.ledger.remind-before}); once per deadline. */
public record RectificationDeadlineNeared(long rectificationId, long hospitalId, long ownerDepartmentId, String owner,
        String problem, Instant dueAt) {
}
