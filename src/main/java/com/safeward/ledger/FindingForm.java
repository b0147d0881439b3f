package com.safeward.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A problem entered by hand (found on a walk round, or from a source without its own module yet). */
class FindingForm {
    @NotNull
    public Long hospitalId;
    @NotNull
    public RectificationSource source = RectificationSource.OTHER;
    @Size(max = 200)
    public String place;
    @NotBlank @Size(max = 1000)
    public String problem;
    @NotNull
    public Severity severity = Severity.MAJOR;
    @Size(max = 16) @Pattern(regexp = "([A-Z]{2,4}-[0-9]{1,2})?", message = "{validation.requirementId}")
    public String requirementId;
    /** Empty: the security department. */
    public Long ownerDepartmentId;
    @Size(max = 100)
    public String owner;
    @Size(max = 2000)
    public String measures;
    /** Empty: the default for the severity. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate dueDate;
}
