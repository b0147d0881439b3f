package com.safeward.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create a region (a province when {@code parentId} is empty) or rename one. */
class RegionForm {
    /** 行政区划代码, e.g. 410000 (province), 410100 (city), 410102 (county). */
    @NotBlank @Pattern(regexp = "\\d{2,12}", message = "{validation.region.code}")
    public String code;
    @NotBlank @Size(max = 100)
    public String name;
    public Long parentId;
}
