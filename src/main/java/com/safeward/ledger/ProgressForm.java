package com.safeward.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the owner did; {@code fixed}: the problem is fixed and waits for verification on site. */
class ProgressForm {
    @NotBlank @Size(max = 2000)
    public String note;
    public boolean fixed;
}
