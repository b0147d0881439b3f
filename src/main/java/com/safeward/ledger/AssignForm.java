package com.safeward.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Who fixes a ledger item, how, and by which day (the end of it, local time). */
class AssignForm {
    @NotNull
    public Long ownerDepartmentId;
    /** A person of the hospital; empty: the department as a whole. */
    @Size(max = 100)
    public String owner;
    @Size(max = 2000)
    public String measures;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate dueDate;
}
