package com.safeward.incidents;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** INC-3 (N-2.2): the 110 call states how many people, doing what, and whether anyone is injured. */
class PoliceCallForm {
    @NotNull @Min(1) @Max(10_000)
    public Integer partiesCount;
    @NotEmpty
    public List<Behaviour> behaviours;
    @NotNull
    public Boolean anyoneInjured;
    @NotNull @Min(0) @Max(10_000)
    public Integer injuredCount = 0;

    /** What the people involved are doing. */
    public enum Behaviour {
        ASSAULTING, THREATENING, INSULTING, GATHERING, BLOCKING, DAMAGING, OCCUPYING, CARRYING_WEAPON,
        PARKING_CORPSE, OTHER
    }
}
