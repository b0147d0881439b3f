package com.safeward.watchlist;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;

/**
 * One screening (WL-2), identity masked. A match (WL-3) is acted on until it is dismissed; a
 * possible match is confirmed as the listed person or dismissed, once, with a note when dismissed.
 * The version makes two people deciding at once a conflict.
 */
@Table("screenings")
record Screening(@Id Long id, Long hospitalId, ScreeningContext context, Long departmentId, String ward, String staff,
        String documentType, String documentMasked, String nameMasked, ScreeningOutcome outcome, MatchReason matchReason,
        Long personId, RiskLevel riskLevel, String source, Instant screenedAt, MatchStatus status, String decidedBy,
        Instant decidedAt, String decisionNote, @Version Integer version) {

    /** What was done about a match, in the trail. */
    static RecordRef trail(long id) {
        return RecordRef.of("SCREENING", id);
    }

    /** The match, while something can still be done about it. */
    Screening actionable() {
        if (outcome == ScreeningOutcome.NONE) {
            throw new RuleViolation("status", "validation.screening.noMatch");
        }
        if (status == MatchStatus.DISMISSED) {
            throw new RuleViolation("status", "validation.screening.dismissed");
        }
        return this;
    }

    /** WL-3: security confirms a possible match as the listed person, or dismisses it with a note. */
    Screening decide(boolean confirm, String note, String by, Instant now) {
        actionable();
        if (status != MatchStatus.OPEN || outcome != ScreeningOutcome.POSSIBLE) {
            throw new RuleViolation("status", "validation.screening.decided");
        }
        if (!confirm && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "validation.screening.note");
        }
        return new Screening(id, hospitalId, context, departmentId, ward, staff, documentType, documentMasked, nameMasked,
                outcome, matchReason, personId, riskLevel, source, screenedAt,
                confirm ? MatchStatus.CONFIRMED : MatchStatus.DISMISSED, by, now,
                note == null || note.isBlank() ? null : note.trim(), version);
    }
}
