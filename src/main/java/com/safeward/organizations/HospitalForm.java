package com.safeward.organizations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Register a hospital or edit its facts (the code is fixed once registered). */
class HospitalForm {
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{validation.code}")
    public String code;
    @NotBlank @Size(max = 200)
    public String name;
    @NotNull
    public Long regionId;
    public Long policeStationId;
    @NotNull
    public HospitalCategory category = HospitalCategory.GENERAL;
    @NotNull
    public HospitalGrade gradeLevel;
    public GradeClass gradeClass;
    /** 开放床位数 (PER-2, SCR-1). */
    @NotNull @PositiveOrZero @Max(100_000)
    public Integer openBeds = 0;
    /** 日均门诊量 (PER-2, SCR-1). */
    @NotNull @PositiveOrZero @Max(1_000_000)
    public Integer dailyOutpatients = 0;
    /** 在岗医务人员数 (PER-2). */
    @NotNull @PositiveOrZero @Max(1_000_000)
    public Integer onDutyMedicalStaff = 0;
    /** 治安复杂 (POL-1). */
    public boolean complexPublicOrder;
    @Size(max = 300)
    public String address;
    @Size(max = 100)
    public String contactPerson;
    @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "{validation.phone}")
    public String dutyPhone;

    static HospitalForm of(Hospital h) {
        HospitalForm form = new HospitalForm();
        form.code = h.code();
        form.name = h.name();
        form.regionId = h.regionId();
        form.policeStationId = h.policeStationId();
        form.category = h.category();
        form.gradeLevel = h.gradeLevel();
        form.gradeClass = h.gradeClass();
        form.openBeds = h.openBeds();
        form.dailyOutpatients = h.dailyOutpatients();
        form.onDutyMedicalStaff = h.onDutyMedicalStaff();
        form.complexPublicOrder = h.complexPublicOrder();
        form.address = h.address();
        form.contactPerson = h.contactPerson();
        form.dutyPhone = h.dutyPhone();
        return form;
    }
}
