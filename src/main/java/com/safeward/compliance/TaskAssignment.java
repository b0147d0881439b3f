package com.safeward.compliance;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RuleViolation;

/**
 * RSK-4 对账销号: one hospital's part of a regulator's target task. The hospital reports it done
 * with evidence; the issuing regulator accepts it (closed) or returns it with a note (to do again).
 */
@Table("task_assignments")
record TaskAssignment(@Id Long id, Long taskId, Long hospitalId, TaskStatus status, String reportNote,
        String reportedBy, Instant reportedAt, String decisionNote, String decidedBy, Instant decidedAt,
        Instant overdueAt, @Version Integer version) {

    static TaskAssignment to(long taskId, long hospitalId) {
        return new TaskAssignment(null, taskId, hospitalId, TaskStatus.OPEN, null, null, null, null, null, null, null,
                null);
    }

    TaskAssignment report(String note, String by, Instant now) {
        if (!status.awaitsHospital()) {
            throw new RuleViolation("status", "validation.task.notToDo");
        }
        return new TaskAssignment(id, taskId, hospitalId, TaskStatus.REPORTED, note, by, now, decisionNote, decidedBy,
                decidedAt, overdueAt, version);
    }

    TaskAssignment accept(String note, String by, Instant now) {
        requireReported();
        return new TaskAssignment(id, taskId, hospitalId, TaskStatus.ACCEPTED, reportNote, reportedBy, reportedAt, note,
                by, now, overdueAt, version);
    }

    TaskAssignment sendBack(String note, String by, Instant now) {
        requireReported();
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "validation.task.returnNote");
        }
        return new TaskAssignment(id, taskId, hospitalId, TaskStatus.RETURNED, reportNote, reportedBy, reportedAt,
                note.trim(), by, now, overdueAt, version);
    }

    private void requireReported() {
        if (status != TaskStatus.REPORTED) {
            throw new RuleViolation("status", "validation.task.notReported");
        }
    }
}
