package com.safeward.watchlist;

/**
 * Published after a screening matched a listed person (WL-3), for any module that wants to
 * react (consoles, statistics). Carries no identity.
 */
public record HighRiskPersonScreened(long screeningId, long hospitalId, Long departmentId, ScreeningOutcome outcome,
        RiskLevel riskLevel) {
}
