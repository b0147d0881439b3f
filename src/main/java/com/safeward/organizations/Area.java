package com.safeward.organizations;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A place in a hospital (building, floor, name) of a given type; key areas (重点要害部位, PHY-2)
 * are flagged. Alarms and devices later point here for their exact location (INC-1).
 */
@Table("areas")
record Area(@Id Long id, Long hospitalId, Long departmentId, String building, String floor, String name,
        AreaType areaType, boolean keyArea, String note, @Version Integer version, Instant createdAt,
        Instant updatedAt) {

    static Area create(long hospitalId, AreaForm form, Instant now) {
        return new Area(null, hospitalId, form.departmentId, form.building.trim(), form.floor.trim(),
                form.name.trim(), form.areaType, keyArea(form), form.note, null, now, now);
    }

    Area update(AreaForm form, Instant now) {
        return new Area(id, hospitalId, form.departmentId, form.building.trim(), form.floor.trim(), form.name.trim(),
                form.areaType, keyArea(form), form.note, version, createdAt, now);
    }

    /** PHY-2 types are always key areas; others when the user says so. */
    private static boolean keyArea(AreaForm form) {
        return form.areaType.keyByDefault() || Boolean.TRUE.equals(form.keyArea);
    }
}
