package com.safeward.audit;

/**
 * One fact for the trail. {@code before} and {@code after} are snapshots (serialized as JSON);
 * {@code hospitalId} decides who may later see the entry.
 */
public record AuditEntry(AuditAction action, String entityType, String entityId, Long hospitalId,
        String summary, Object before, Object after, String reason) {

    public static AuditEntry created(String entityType, Object id, Long hospitalId, Object after) {
        return new AuditEntry(AuditAction.CREATED, entityType, String.valueOf(id), hospitalId, null, null, after, null);
    }

    public static AuditEntry updated(String entityType, Object id, Long hospitalId, Object before, Object after) {
        return new AuditEntry(AuditAction.UPDATED, entityType, String.valueOf(id), hospitalId, null, before, after, null);
    }

    public static AuditEntry of(AuditAction action, String entityType, Object id, Long hospitalId, String summary) {
        return new AuditEntry(action, entityType, id == null ? null : String.valueOf(id), hospitalId, summary,
                null, null, null);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(action, entityType, entityId, hospitalId, summary, before, after, reason);
    }
}
