package com.safeward.ledger;

import java.time.Instant;
import java.util.List;

import com.safeward.evidence.EvidenceView;

/** One item of an inspection as answered (SUP-2); a finding links to the ledger item it opened. */
record InspectionItemView(long id, int position, String section, String question, AnswerType answerType,
        String expected, boolean photoRequired, String requirementId, Severity severity, boolean hospitalItem,
        String answer, ItemOutcome outcome, String note, String place, Long ownerDepartmentId, String answeredBy,
        Instant answeredAt, Long rectificationId, List<EvidenceView> photos) {

    public boolean answered() {
        return outcome != null;
    }

    /** A photo is required and the answer is not "does not apply". */
    public boolean missingPhoto() {
        return photoRequired && outcome != null && outcome != ItemOutcome.NOT_APPLICABLE && photos.isEmpty();
    }
}
