package com.safeward.devices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Register a device or edit it (the code and hospital are fixed once registered). */
class DeviceForm {
    @NotNull
    public Long hospitalId;
    /** Null: not yet assigned to an area (a panic button still raises alarms, GB 50394). */
    public Long areaId;
    /** Unique in the hospital; the MQTT topic names it: safeward/{hospitalCode}/devices/{code}/events. */
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{validation.code}")
    public String code;
    @NotBlank @Size(max = 100)
    public String name;
    @NotNull
    public DeviceType deviceType;
    public boolean enabled = true;
}
