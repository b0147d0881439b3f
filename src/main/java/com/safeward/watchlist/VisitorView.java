package com.safeward.watchlist;

import java.time.Instant;

/** A visit as the front desk sees it: names masked; the screening's outcome. */
public record VisitorView(long id, String ward, String visitorMasked, String documentMasked, String patientMasked,
        String bed, Instant timeIn, Instant timeOut, long screeningId, ScreeningOutcome outcome) {
}
