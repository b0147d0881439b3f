package com.safeward.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A regulator's conclusion of a Safe Hospital assessment; one that departs from the proposed grade says why. */
class AssessmentForm {
    @NotNull
    public AssessmentGrade grade;
    @Size(max = 2000)
    public String conclusion;
}
