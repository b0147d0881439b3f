package com.safeward.audit;

import java.time.Instant;

import org.springframework.format.annotation.DateTimeFormat;

/** Filters of an audit search; every one is optional. */
record AuditSearch(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to, String actor, AuditAction action,
        String entityType, String entityId, Long hospitalId) {
}
