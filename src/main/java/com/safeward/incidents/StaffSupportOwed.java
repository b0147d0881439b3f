package com.safeward.incidents;

import java.time.Instant;

/** INC-10: a case against staff was closed; the staff involved are to be supported by the time given. */
public record StaffSupportOwed(long incidentId, long hospitalId, Instant dueAt) {
}
