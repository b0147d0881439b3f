package com.safeward.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A year's arrangement entered in full, with the notice it comes from. */
class YearForm {
    @NotNull @Min(2000) @Max(2100)
    public Integer year;
    @NotBlank @Size(max = 300)
    public String source;
}
