package com.safeward.organizations;

import java.time.Instant;

/** A hospital with its facts and the names of its region and police station. */
public record HospitalView(long id, String code, String name, long regionId, String regionName,
        Long policeStationId, String policeStationName, HospitalCategory category, HospitalGrade gradeLevel,
        GradeClass gradeClass, int openBeds, int dailyOutpatients, int onDutyMedicalStaff,
        boolean complexPublicOrder, String address, String contactPerson, String dutyPhone, int version,
        Instant createdAt, Instant updatedAt) {

    static HospitalView of(Hospital h, String regionName, String stationName) {
        return new HospitalView(h.id(), h.code(), h.name(), h.regionId(), regionName, h.policeStationId(),
                stationName, h.category(), h.gradeLevel(), h.gradeClass(), h.openBeds(), h.dailyOutpatients(),
                h.onDutyMedicalStaff(), h.complexPublicOrder(), h.address(), h.contactPerson(), h.dutyPhone(),
                h.version(), h.createdAt(), h.updatedAt());
    }
}
