package com.safeward.ledger;

/** RSK-2: 待整改 → 待验收 → 已销号; a fix verifiers do not accept goes back to 待整改. */
public enum RectificationStatus {
    OPEN, AWAITING_VERIFICATION, CLOSED
}
