/**
 * Append-only audit trail (WL-7 and every "record" of the catalog): each create, change and
 * state transition with who, when, what, before and after, and each view of unmasked personal
 * data. Nothing in the application updates or deletes an entry; on PostgreSQL a trigger
 * refuses it too. Admins and regulators search it within their data scope, which the
 * organizations module supplies through {@link com.safeward.audit.AuditVisibility}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
        allowedDependencies = {})
package com.safeward.audit;
