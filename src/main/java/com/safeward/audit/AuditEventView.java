package com.safeward.audit;

import java.time.Instant;

/**
 * An entry as admins and regulators read it: {@code actor} is the login name the trail keeps and
 * {@code actorName} how people know them; {@code entityLabel} and {@code summary} are in the reader's
 * language.
 */
public record AuditEventView(long id, Instant occurredAt, String actor, String actorName, String actorRole,
        AuditAction action, String entityType, String entityLabel, String entityId, Long hospitalId, String summary,
        String reason, String before, String after, String clientIp) {
}
