package com.safeward.incidents;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** INC-6: deaths, serious injuries, injured, mass incident, criminal case — as far as known now. */
class ConsequencesForm {
    @NotNull @Min(0) @Max(10_000)
    public Integer deaths = 0;
    @NotNull @Min(0) @Max(10_000)
    public Integer seriousInjuries = 0;
    @NotNull @Min(0) @Max(10_000)
    public Integer injured = 0;
    public boolean massIncident;
    public boolean criminalCase;
}
