package com.safeward.organizations;

/** A department of a hospital. */
public record DepartmentView(long id, long hospitalId, String code, String name, DepartmentKind kind) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.id(), d.hospitalId(), d.code(), d.name(), d.kind());
    }
}
