package com.safeward.ledger;

import java.time.Instant;
import java.util.List;

import com.safeward.evidence.EvidenceView;
import com.safeward.trail.TrailEntry;

/**
 * A ledger item as people read it (RSK-2). {@code overdue}: still open past its deadline;
 * {@code findingPhotos}: the photos the inspection took of the problem; {@code photos}: the owner's.
 * Lists leave trail and photos empty.
 */
record RectificationView(long id, long hospitalId, String hospitalLabel, RectificationSource source, String sourceRef,
        String raisedBy, String place, String problem, Severity severity, String requirementId,
        long ownerDepartmentId, String ownerDepartmentName, String owner, String measures, Instant dueAt,
        RectificationStatus status, boolean overdue, Instant doneAt, String doneBy, Instant closedAt,
        String verifiedBy, Instant createdAt, List<TrailEntry> trail, List<EvidenceView> photos,
        List<EvidenceView> findingPhotos) {

    /** The page of the record that found the problem, when SafeWard has one. */
    public String sourceLink() {
        if (sourceRef != null && sourceRef.startsWith("inspection:")) {
            return "/inspections/" + sourceRef.substring("inspection:".length());
        }
        return null;
    }
}
