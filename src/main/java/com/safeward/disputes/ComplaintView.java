package com.safeward.disputes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.safeward.trail.TrailEntry;

/**
 * A complaint as staff see it (DSP-1): the complainant masked, the owner and any hand-over waiting
 * for acceptance, the feedback deadline, what was added later, the history.
 */
public record ComplaintView(long id, long hospitalId, String hospitalLabel, String trackingNumber,
        ComplaintChannel channel, String complainantMasked, String phoneMasked, Long departmentId, String department,
        String subject, String content, boolean severalDepartments, Instant receivedAt, String receivedBy, String owner,
        String handoverTo, String handoverNote, ComplaintStatus status, LocalDate feedbackDueOn, Instant feedbackDueAt,
        String findings, String feedback, String feedbackBy, Instant feedbackAt, Instant closedAt, Instant overdueAt,
        Long disputeId, List<Addition> additions, List<TrailEntry> trail) {

    /** Something the complainant (by = null) or staff added to the complaint. */
    public record Addition(Instant at, String by, String content) {
    }

    /** Open past its feedback deadline. */
    @JsonProperty
    public boolean overdue() {
        return status == ComplaintStatus.OPEN && overdueAt != null;
    }

    /** Answered after the deadline (or not at all by then). */
    @JsonProperty
    public boolean late() {
        return overdueAt != null || (feedbackAt != null && feedbackAt.isAfter(feedbackDueAt));
    }
}
