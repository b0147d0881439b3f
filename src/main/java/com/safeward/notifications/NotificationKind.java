package com.safeward.notifications;

import java.util.Arrays;

/** What a notification is about; channels subscribe to kinds (or {@code *} for all). */
public enum NotificationKind {
    INCIDENT_REPORTED, INCIDENT_PROGRESS, SOP_STEP_SKIPPED, POLICE_CALLED, POLICE_DISPOSAL, CASE_SUPERVISED, STAFF_SUPPORT, CIRCULAR,
    GUARD_TASK, ALARM_UNACKNOWLEDGED, HIGH_RISK_PERSON, WATCHLIST_REVIEW, WATCHLIST_REVIEWED, WATCHLIST_EXPIRED,
    PSYCH_CRISIS, REPORT_OWED, REPORT_OVERDUE, REPORT_SUBMITTED, INSPECTION_SUBMITTED, RECTIFICATION_ASSIGNED,
    RECTIFICATION_DUE, RECTIFICATION_OVERDUE, RECTIFICATION_FIXED, RECTIFICATION_REJECTED, RECTIFICATION_CLOSED;

    static boolean known(String name) {
        return Arrays.stream(values()).anyMatch(kind -> kind.name().equals(name));
    }
}
