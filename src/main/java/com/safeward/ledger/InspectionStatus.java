package com.safeward.ledger;

enum InspectionStatus {
    /** Being filled in. */
    IN_PROGRESS,
    /** Signed off: answers fixed, findings in the ledger. */
    SUBMITTED
}
