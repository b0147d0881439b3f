package com.safeward.watchlist;

/**
 * WL-3: what the desk and security are told to do about a match (the message
 * {@code ScreeningAdvice.<constant>}), in the screening's answer and in the alert.
 */
public enum ScreeningAdvice {
    /** 疑似: verify the identity; escort as a high-risk person until then. */
    VERIFY_POSSIBLE_MATCH,
    /** High risk: escort, close watch, report to the police, legal education and a warning. */
    ESCORT_WATCH_AND_REPORT,
    /** Other risk levels: escort and warn the medical staff. */
    ESCORT_AND_WARN_STAFF;

    public static ScreeningAdvice of(ScreeningOutcome outcome, RiskLevel riskLevel) {
        if (outcome == ScreeningOutcome.POSSIBLE) {
            return VERIFY_POSSIBLE_MATCH;
        }
        return riskLevel == RiskLevel.HIGH ? ESCORT_WATCH_AND_REPORT : ESCORT_AND_WARN_STAFF;
    }
}
