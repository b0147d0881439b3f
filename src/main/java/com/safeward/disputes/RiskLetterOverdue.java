package com.safeward.disputes;

/** DSP-6: a risk prompt letter was not closed by its deadline; {@code regionId}: the issuing region, if any. */
public record RiskLetterOverdue(long letterId, long hospitalId, Long regionId, String title) {
}
