package com.safeward.ledger;

/** RSK-2: the owner recorded the fix; someone other than them is to verify it on site. */
public record RectificationFixed(long rectificationId, long hospitalId, String fixedBy, String problem) {
}
