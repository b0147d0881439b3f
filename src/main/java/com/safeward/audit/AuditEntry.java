package com.safeward.audit;

import com.safeward.kernel.Text;

/**
 * One fact for the trail. {@code summary} is a message (shown in the reader's language);
 * {@code before} and {@code after} are snapshots (serialized as JSON); {@code reason} is what the
 * person gave, as they typed it; {@code hospitalId} decides who may later see the entry.
 */
public record AuditEntry(AuditAction action, String entityType, String entityId, Long hospitalId,
        Text summary, Object before, Object after, String reason) {

    public static AuditEntry created(String entityType, Object id, Long hospitalId, Object after) {
        return new AuditEntry(AuditAction.CREATED, entityType, String.valueOf(id), hospitalId, null, null, after, null);
    }

    public static AuditEntry updated(String entityType, Object id, Long hospitalId, Object before, Object after) {
        return new AuditEntry(AuditAction.UPDATED, entityType, String.valueOf(id), hospitalId, null, before, after, null);
    }

    public static AuditEntry of(AuditAction action, String entityType, Object id, Long hospitalId) {
        return of(action, entityType, id, hospitalId, null);
    }

    /** An entry with a summary: a message under {@code audit.*} ({@code Text.of("audit.alarm.acknowledged")}). */
    public static AuditEntry of(AuditAction action, String entityType, Object id, Long hospitalId, Text summary) {
        return new AuditEntry(action, entityType, id == null ? null : String.valueOf(id), hospitalId, summary,
                null, null, null);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(action, entityType, entityId, hospitalId, summary, before, after, reason);
    }
}
