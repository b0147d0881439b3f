package com.safeward.organizations;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A hospital with the facts the catalog's rules are computed from: grade (SCR-1, POL-1), open
 * beds, average daily outpatient visits and on-duty medical staff (PER-2), complex public order
 * (POL-1).
 */
@Table("hospitals")
record Hospital(@Id Long id, Long regionId, Long policeStationId, String code, String name,
        HospitalCategory category, HospitalGrade gradeLevel, GradeClass gradeClass, int openBeds,
        int dailyOutpatients, int onDutyMedicalStaff, boolean complexPublicOrder, String address,
        String contactPerson, String dutyPhone, @Version Integer version, Instant createdAt, Instant updatedAt) {

    static Hospital register(HospitalForm form, Instant now) {
        return new Hospital(null, form.regionId, form.policeStationId, form.code.trim(), form.name.trim(),
                form.category, form.gradeLevel, form.gradeClass, form.openBeds, form.dailyOutpatients,
                form.onDutyMedicalStaff, form.complexPublicOrder, form.address, form.contactPerson, form.dutyPhone,
                null, now, now);
    }

    /** The code is the hospital's identity towards devices and integrations: it never changes. */
    Hospital update(HospitalForm form, Instant now) {
        return new Hospital(id, form.regionId, form.policeStationId, code, form.name.trim(), form.category,
                form.gradeLevel, form.gradeClass, form.openBeds, form.dailyOutpatients, form.onDutyMedicalStaff,
                form.complexPublicOrder, form.address, form.contactPerson, form.dutyPhone, version, createdAt, now);
    }
}
