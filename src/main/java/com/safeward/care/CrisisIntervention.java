package com.safeward.care;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;

/**
 * WL-6: the intervention an assessment finding a crisis opens. Followed up while open (each
 * follow-up in its trail), closed once with its outcome; the version makes two people closing it
 * at once a conflict.
 */
@Table("crisis_interventions")
record CrisisIntervention(@Id Long id, Long inpatientId, Long assessmentId, Instant openedAt, String openedBy,
        InterventionStatus status, Instant closedAt, String closedBy, String outcome, @Version Integer version) {

    static CrisisIntervention open(long inpatientId, long assessmentId, String by, Instant now) {
        return new CrisisIntervention(null, inpatientId, assessmentId, now, by, InterventionStatus.OPEN, null, null, null,
                null);
    }

    /** The follow-ups, in the trail. */
    static RecordRef trail(long id) {
        return RecordRef.of("INTERVENTION", id);
    }

    /** A follow-up of an open intervention says what was done. */
    CrisisIntervention followedUp(String note) {
        requireOpen("note");
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "validation.care.note");
        }
        return this;
    }

    CrisisIntervention close(String closingOutcome, String by, Instant now) {
        requireOpen("outcome");
        if (closingOutcome == null || closingOutcome.isBlank()) {
            throw new RuleViolation("outcome", "validation.care.outcome");
        }
        return new CrisisIntervention(id, inpatientId, assessmentId, openedAt, openedBy, InterventionStatus.CLOSED, now,
                by, closingOutcome.trim(), version);
    }

    private void requireOpen(String field) {
        if (status != InterventionStatus.OPEN) {
            throw new RuleViolation(field, "validation.care.closed");
        }
    }
}
