package com.safeward.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A report to make now: of a hospital ({@code hospital:12}) or a region ({@code region:3}), a month or quarter, PDF or Excel. */
class ReportForm {
    @NotBlank @Pattern(regexp = "(hospital|region):[0-9]{1,18}")
    public String subject;
    @NotBlank
    public String period;
    @NotBlank @Pattern(regexp = "pdf|xlsx")
    public String format = "pdf";
}
