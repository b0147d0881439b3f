package com.safeward.compliance;

import java.time.Instant;
import java.util.List;

import com.safeward.evidence.EvidenceView;

/** What the target task pages and API show (RSK-4). */
final class TaskViews {

    private TaskViews() {
    }

    /** A task with its hospitals' progress (the viewer's part of it). */
    record TaskView(long id, String title, String description, String requirementId, long issuerRegionId,
            String issuerRegionName, String issuedBy, Instant dueAt, Instant issuedAt, int hospitals, int reported,
            int accepted, int returned, int overdue, boolean decidable, List<AssignmentView> assignments) {
    }

    /** One hospital's part: its status, its report with files, the regulator's decision. */
    record AssignmentView(long id, long hospitalId, String hospitalLabel, TaskStatus status, boolean overdue,
            String reportNote, String reportedBy, Instant reportedAt, String decisionNote, String decidedBy,
            Instant decidedAt, List<EvidenceView> files) {
    }
}
