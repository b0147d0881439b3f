package com.safeward.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One item's answer: YES/NO, a number or text, or NA (不适用); {@code finding}: the inspector says
 * the item does not hold (TEXT items; a failed YES/NO or number is one anyway). For a finding,
 * where it is and which department should fix it (default: the security department).
 */
class AnswerForm {
    @NotBlank @Size(max = 1000)
    public String answer;
    public boolean finding;
    @Size(max = 1000)
    public String note;
    @Size(max = 200)
    public String place;
    public Long ownerDepartmentId;
}
