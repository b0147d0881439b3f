package com.safeward.identity;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Create an integration token for one hospital, e.g. for its HIS or a device gateway. */
class IntegrationTokenForm {
    @NotBlank @Size(max = 100)
    public String name;
    @NotNull
    public Long hospitalId;
    @NotEmpty
    public Set<Permission> permissions;
    /** Optional last day of validity (in the display zone). */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate validUntil;
}
