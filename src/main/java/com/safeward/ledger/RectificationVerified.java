package com.safeward.ledger;

/** RSK-2 实销账: the fix was verified on site and the item is closed. */
public record RectificationVerified(long rectificationId, long hospitalId, String owner, String verifiedBy,
        String problem, Long raisedByRegionId, Long raisedByStationId) {
}
