package com.safeward.organizations;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 科室 of a hospital. */
@Table("departments")
record Department(@Id Long id, Long hospitalId, String code, String name, DepartmentKind kind,
        @Version Integer version, Instant createdAt, Instant updatedAt) {

    static Department create(long hospitalId, DepartmentForm form, Instant now) {
        return new Department(null, hospitalId, form.code.trim(), form.name.trim(), form.kind, null, now, now);
    }

    Department update(DepartmentForm form, Instant now) {
        return new Department(id, hospitalId, code, form.name.trim(), form.kind, version, createdAt, now);
    }
}
