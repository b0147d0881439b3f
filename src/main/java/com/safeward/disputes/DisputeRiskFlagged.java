package com.safeward.disputes;

/**
 * DSP-9: a dispute was flagged (threats to staff, petition risk, risk of turning criminal 民转刑);
 * security is alerted to consider listing the patient side's people on the watchlist.
 */
public record DisputeRiskFlagged(long disputeId, long hospitalId, boolean threatToStaff, boolean petitionRisk,
        boolean criminalRisk, String summary) {
}
