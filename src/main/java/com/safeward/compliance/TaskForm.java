package com.safeward.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A target task to the hospitals under the regulator: all of them, or those of one grade (e.g. all tertiary). */
class TaskForm {
    @NotBlank @Size(max = 200)
    public String title;
    @Size(max = 4000)
    public String description;
    @Size(max = 16) @Pattern(regexp = "([A-Z]{2,4}-[0-9]{1,2})?", message = "{validation.requirementId}")
    public String requirementId;
    /** Empty: every hospital under the regulator. */
    public com.safeward.organizations.HospitalGrade grade;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate dueDate;
}
