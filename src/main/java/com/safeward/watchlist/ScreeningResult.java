package com.safeward.watchlist;

import java.util.List;

/**
 * The answer to a screening: {@code NONE}, {@code EXACT} or {@code POSSIBLE}; on a match the
 * risk level, category, why it matched, what was done already and what the desk should do.
 */
public record ScreeningResult(long screeningId, ScreeningOutcome outcome, MatchReason matchReason,
        RiskLevel riskLevel, RiskCategory category, List<String> actions, String advice) {
}
