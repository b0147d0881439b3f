package com.safeward.dispatch;

import java.time.Instant;

/** A guard task with its location, as the guard's phone and the console show it. */
public record GuardTaskView(long id, long hospitalId, long areaId, String location, GuardTaskKind kind,
        String sourceType, long sourceId, String guard, String instructions, String assignedBy, Instant assignedAt,
        Instant acknowledgedAt, Instant arrivedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean arrived() {
        return arrivedAt != null;
    }
}
