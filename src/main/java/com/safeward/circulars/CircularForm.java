package com.safeward.circulars;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** INC-7: a typical case summarised for the hospitals of the region (通报). */
class CircularForm {
    @NotBlank @Size(max = 200)
    public String title;
    /** What happened (no personal data: names are not needed to learn from a case). */
    @NotBlank @Size(max = 4000)
    public String summary;
    /** What every hospital should check or change. */
    @NotBlank @Size(max = 4000)
    public String lessons;
    /** The incident the case is about, if it is in the issuer's scope. */
    public Long incidentId;
}
