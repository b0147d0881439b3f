package com.safeward.compliance;

/** SUP-3: the hospital responded to a regulator's action; the region's regulators hear of it. */
public record SupervisionResponded(long actionId, long hospitalId, long regionId, String title) {
}
