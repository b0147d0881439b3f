package com.safeward.care;

import java.time.Instant;
import java.util.List;

/** A crisis intervention and its follow-ups. */
public record InterventionView(long id, long inpatientId, String patientMasked, String ward, Instant openedAt,
        String openedBy, String status, Instant closedAt, String closedBy, String outcome, List<FollowUp> followUps) {

    /** One follow-up. */
    public record FollowUp(Instant at, String actor, String note) {
    }
}
