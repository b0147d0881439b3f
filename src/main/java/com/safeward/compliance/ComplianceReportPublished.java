package com.safeward.compliance;

/** SUP-4: a region's monthly or quarterly compliance report was generated on schedule and is in the archive. */
public record ComplianceReportPublished(long reportId, long regionId, String regionName, String period) {
}
