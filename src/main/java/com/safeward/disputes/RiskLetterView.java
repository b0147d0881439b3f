package com.safeward.disputes;

import java.time.Instant;

/** A risk prompt letter and where it stands (DSP-6); {@code disputeId}: the dispute it is about, if one. */
record RiskLetterView(long id, long hospitalId, String hospitalLabel, Long issuedByRegionId, String authority,
        String reference, String title, String content, Instant receivedAt, Instant dueAt, String loggedBy,
        String readBy, Instant readAt, String measures, String measuresBy, Instant measuresAt, String closedBy,
        Instant closedAt, Instant overdueAt, Long disputeId) {

    /** 待阅 → 待答复 → 待销号 → 已办结. */
    @com.fasterxml.jackson.annotation.JsonProperty("stage")
    public String stage() {
        return closedAt != null ? "CLOSED" : readAt == null ? "TO_READ" : measures == null ? "TO_ANSWER" : "TO_CLOSE";
    }

    @com.fasterxml.jackson.annotation.JsonProperty("overdue")
    public boolean overdue() {
        return overdueAt != null && (closedAt == null || closedAt.isAfter(dueAt));
    }
}
