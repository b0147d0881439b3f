package com.safeward.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Add a department to a hospital or rename it. */
class DepartmentForm {
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{validation.code}")
    public String code;
    @NotBlank @Size(max = 100)
    public String name;
    @NotNull
    public DepartmentKind kind = DepartmentKind.CLINICAL;
}
