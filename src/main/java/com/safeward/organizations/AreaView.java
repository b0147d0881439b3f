package com.safeward.organizations;

import java.time.Instant;

/** An area with its hospital and department names: the exact location alarms refer to. */
public record AreaView(long id, long hospitalId, String hospitalCode, String hospitalName, Long departmentId,
        String departmentName, String building, String floor, String name, AreaType areaType, boolean keyArea,
        String note, int version, Instant createdAt, Instant updatedAt) {

    /** "门诊楼 2F 急诊抢救室" — how a location reads on a console or a guard's phone. */
    public String location() {
        return building + " " + floor + " " + name;
    }
}
