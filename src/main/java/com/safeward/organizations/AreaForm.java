package com.safeward.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or edit an area of a hospital. */
class AreaForm {
    @NotNull
    public Long hospitalId;
    public Long departmentId;
    @NotBlank @Size(max = 100)
    public String building;
    @NotBlank @Size(max = 20)
    public String floor;
    @NotBlank @Size(max = 100)
    public String name;
    @NotNull
    public AreaType areaType;
    /** 重点要害部位; PHY-2 types are key areas regardless. */
    public Boolean keyArea = false;
    @Size(max = 500)
    public String note;

    static AreaForm of(Area area) {
        AreaForm form = new AreaForm();
        form.hospitalId = area.hospitalId();
        form.departmentId = area.departmentId();
        form.building = area.building();
        form.floor = area.floor();
        form.name = area.name();
        form.areaType = area.areaType();
        form.keyArea = area.keyArea();
        form.note = area.note();
        return form;
    }
}
