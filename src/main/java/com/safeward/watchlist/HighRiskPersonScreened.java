package com.safeward.watchlist;

/**
 * WL-3: a screening matched a listed person. Published in the screening's transaction: the
 * alerts to security, the monitoring center and the department's staff are written with the
 * screening, before the hospital information system gets its answer. Identity masked.
 */
public record HighRiskPersonScreened(long screeningId, long hospitalId, Long departmentId, ScreeningOutcome outcome,
        RiskLevel riskLevel, RiskCategory category, ScreeningContext context, String nameMasked) {
}
