package com.safeward.audit;

import java.time.Instant;

/** An entry as admins and regulators read it. */
public record AuditEventView(long id, Instant occurredAt, String actor, String actorRole, AuditAction action,
        String entityType, String entityId, Long hospitalId, String summary, String reason, String before,
        String after, String clientIp) {
}
