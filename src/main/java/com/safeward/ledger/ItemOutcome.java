package com.safeward.ledger;

/** What an answer means: the item holds, it is a finding (becomes a ledger item), or it does not apply here. */
enum ItemOutcome {
    COMPLIANT, FINDING, NOT_APPLICABLE
}
