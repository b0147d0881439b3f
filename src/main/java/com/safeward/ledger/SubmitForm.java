package com.safeward.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Signing an inspection off: the conclusion, under the signer's name. */
class SubmitForm {
    @NotBlank @Size(max = 2000)
    public String conclusion;
}
