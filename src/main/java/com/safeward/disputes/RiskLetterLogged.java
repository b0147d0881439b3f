package com.safeward.disputes;

/** DSP-6: a risk prompt letter was logged against a hospital; its leaders are to read it. */
public record RiskLetterLogged(long letterId, long hospitalId, String authority, String title) {
}
