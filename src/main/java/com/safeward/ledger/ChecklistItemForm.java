package com.safeward.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Add an item to a template (a new version) or to a hospital's own items. */
class ChecklistItemForm {
    @NotBlank @Size(max = 100)
    public String section;
    @NotBlank @Size(max = 500)
    public String question;
    @NotNull
    public AnswerType answerType = AnswerType.YES_NO;
    /** YES or NO for YES_NO; a minimum for NUMBER; empty for TEXT. */
    @Size(max = 40)
    public String expected;
    public boolean photoRequired;
    /** The requirement ID the item proves, e.g. FIR-1. */
    @Size(max = 16) @Pattern(regexp = "([A-Z]{2,4}-[0-9]{1,2})?", message = "{validation.requirementId}")
    public String requirementId;
    @NotNull
    public Severity severity = Severity.MAJOR;
    /** Hospital's own item: for which hospital (security officers: their own). */
    public Long hospitalId;
    /** What changed, kept with the new version. */
    @Size(max = 500)
    public String changeNote;
}
