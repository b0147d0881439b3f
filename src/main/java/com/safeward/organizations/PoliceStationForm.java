package com.safeward.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Register or edit a police station. */
class PoliceStationForm {
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{validation.code}")
    public String code;
    @NotBlank @Size(max = 100)
    public String name;
    @NotNull
    public Long regionId;
    @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "{validation.phone}")
    public String dutyPhone;
    @Size(max = 300)
    public String address;
}
