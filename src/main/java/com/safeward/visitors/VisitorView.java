package com.safeward.visitors;

import java.time.Instant;

import com.safeward.watchlist.ScreeningOutcome;

/** A visit as the front desk sees it: names masked; the screening's outcome. */
record VisitorView(long id, String ward, String visitorMasked, String documentMasked, String patientMasked,
        String bed, Instant timeIn, Instant timeOut, long screeningId, ScreeningOutcome outcome) {
}
