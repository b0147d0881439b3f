package com.safeward.watchlist;

import java.time.Instant;
import java.util.List;

import com.safeward.dispatch.GuardTaskView;
import com.safeward.trail.TrailEntry;

/** A screening as security and police see it: identity masked; for a match, what was done. */
public record ScreeningView(long id, long hospitalId, String hospitalLabel, ScreeningContext context,
        Long departmentId, String department, String ward, String staff, String documentMasked, String nameMasked,
        ScreeningOutcome outcome, MatchReason matchReason, Long personId, RiskLevel riskLevel, String source,
        Instant screenedAt, MatchStatus status, String decidedBy, Instant decidedAt, String decisionNote,
        List<TrailEntry> actions, List<GuardTaskView> guards) {
}
