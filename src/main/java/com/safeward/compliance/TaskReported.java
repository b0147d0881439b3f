package com.safeward.compliance;

/** RSK-4: a hospital reported its part of a task done; the issuing region's regulators decide. */
public record TaskReported(long taskId, String title, long hospitalId, long issuerRegionId) {
}
