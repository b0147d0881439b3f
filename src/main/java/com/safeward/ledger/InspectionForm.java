package com.safeward.ledger;

import jakarta.validation.constraints.NotNull;

/** Start an inspection of a hospital with a checklist. */
class InspectionForm {
    @NotNull
    public Long hospitalId;
    @NotNull
    public Long templateId;
    @NotNull
    public InspectionKind kind;
}
