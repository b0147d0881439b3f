package com.safeward.dispatch;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A guard sent to a place; receipt and arrival are confirmed by the guard, each once. */
@Table("guard_tasks")
record GuardTask(@Id Long id, Long hospitalId, Long areaId, GuardTaskKind kind, String sourceType, Long sourceId,
        String guard, String instructions, String assignedBy, Instant assignedAt, Instant acknowledgedAt,
        Instant arrivedAt, @Version Integer version) {

    GuardTask acknowledge(Instant now) {
        return acknowledgedAt != null ? this : new GuardTask(id, hospitalId, areaId, kind, sourceType, sourceId, guard,
                instructions, assignedBy, assignedAt, now, arrivedAt, version);
    }

    /** Arriving implies having received the task. */
    GuardTask arrive(Instant now) {
        return arrivedAt != null ? this : new GuardTask(id, hospitalId, areaId, kind, sourceType, sourceId, guard,
                instructions, assignedBy, assignedAt, acknowledgedAt == null ? now : acknowledgedAt, now, version);
    }
}
