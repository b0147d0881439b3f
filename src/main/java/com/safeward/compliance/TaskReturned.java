package com.safeward.compliance;

/** RSK-4: the regulator did not accept the hospital's report; the hospital does it again. */
public record TaskReturned(long taskId, String title, long hospitalId, String note) {
}
