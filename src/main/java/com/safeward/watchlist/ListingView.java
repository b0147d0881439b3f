package com.safeward.watchlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.safeward.evidence.EvidenceView;
import com.safeward.personaldata.DocumentType;
import com.safeward.trail.TrailEntry;

/** A listing as lists and the API show it: identities masked (WL-7); whether a birth date was given (never the date). */
public record ListingView(long id, long hospitalId, String hospitalLabel, DocumentType documentType,
        String documentMasked, String nameMasked, String sex, String phoneMasked, RiskCategory category,
        String reasons, String evidence, Long incidentId, RiskLevel riskLevel, LocalDate validUntil, Long relatedTo,
        String relation, String status, Integer version, String proposedBy, Instant proposedAt, String reviewedBy, Instant reviewedAt,
        List<TrailEntry> history, List<Related> related, List<EvidenceView> evidenceFiles, boolean birthDateRecorded) {

    /** A listed person of the same family group. */
    public record Related(long id, String nameMasked, String relation, String status) {
    }
}
