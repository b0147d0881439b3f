package com.safeward.reports;

/** INC-6: the hospital submitted the report; the receiving level hears of it. {@code excerpt}: its beginning. */
public record EscalationReportSubmitted(long reportId, long hospitalId, Recipient recipient, String excerpt) {
}
