package com.safeward.ledger;

import jakarta.validation.constraints.Size;

/** The verifier's note: optional when the fix is accepted, required when it goes back ({@code validation.rectification.rejectNote}). */
class VerdictForm {
    @Size(max = 2000)
    public String note;
}
