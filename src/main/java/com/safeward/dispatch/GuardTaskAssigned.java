package com.safeward.dispatch;

/** INC-1, WL-3: a guard was sent to a place (the guard's phone shows it at once). */
public record GuardTaskAssigned(long taskId, long hospitalId, long areaId, String guard, GuardTaskKind kind,
        String instructions) {
}
