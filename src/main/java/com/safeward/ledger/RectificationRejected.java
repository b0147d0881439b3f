package com.safeward.ledger;

/** RSK-2: the verifier did not accept the fix; the item is open again for its owner. */
public record RectificationRejected(long rectificationId, long hospitalId, long ownerDepartmentId, String owner,
        String fixedBy, String problem, String note) {
}
