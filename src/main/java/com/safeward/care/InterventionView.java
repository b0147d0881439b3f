package com.safeward.care;

import java.time.Instant;
import java.util.List;

import com.safeward.trail.TrailEntry;
import com.safeward.kernel.RecordRef;

/** A crisis intervention and its follow-ups. */
public record InterventionView(long id, long inpatientId, String patientMasked, String ward, Instant openedAt,
        String openedBy, String status, Instant closedAt, String closedBy, String outcome, List<TrailEntry> followUps) {

    /** An intervention's follow-ups in the trail. */
    static RecordRef trail(long id) {
        return RecordRef.of("INTERVENTION", id);
    }
}
