package com.safeward.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A supervision action about one hospital; a response date asks the hospital to answer by then. */
class SupervisionForm {
    @NotNull
    public Long hospitalId;
    @NotNull
    public SupervisionKind kind;
    @NotBlank @Size(max = 200)
    public String title;
    @NotBlank @Size(max = 4000)
    public String details;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate respondBy;
}
