package com.safeward.ledger;

import java.time.Instant;

/**
 * RSK-2: an item was not fixed by its deadline: escalates to the owner, the security officers and
 * the leaders, and, for a regulator's or the police's finding, to the region or station that raised it.
 */
public record RectificationOverdue(long rectificationId, long hospitalId, long ownerDepartmentId, String owner,
        String problem, Instant dueAt, Long raisedByRegionId, Long raisedByStationId) {
}
