package com.safeward.care;

import java.time.Instant;
import java.util.List;

import com.safeward.trail.TrailEntry;

/** A crisis intervention and its follow-ups (the follow-up entries of its trail). */
record InterventionView(long id, long hospitalId, long inpatientId, String patientMasked, String ward, Instant openedAt,
        String openedBy, InterventionStatus status, Instant closedAt, String closedBy, String outcome,
        List<TrailEntry> followUps) {
}
