package com.safeward.care;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An admission, entered on the ward or sent by the hospital information system. */
class AdmissionForm {
    /** Ward: its id (pages) … */
    public Long departmentId;
    /** … or its code (hospital information systems). */
    @Size(max = 32)
    public String departmentCode;
    @NotBlank @Size(max = 40)
    public String admissionNo;
    @NotBlank @Size(max = 50)
    public String patientName;
    @Size(max = 32)
    public String bed;
    @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate admittedOn;
}
