package com.safeward.incidents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A staff member reporting an incident (INC-2): what, where, optionally a few words. */
class ReportForm {
    @NotNull
    public Long hospitalId;
    @NotNull
    public Long areaId;
    @NotNull
    public IncidentType incidentType;
    @Size(max = 2000)
    public String description;
}
