package com.safeward.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * RSK-2: when a ledger item is due and when its owner is reminded, in one hospital's region. A
 * new item is due at the end of the day {@code deadlineDays(severity)} days after it was opened
 * (local time); a chosen due date means the end of that day. The reminder comes
 * {@code remindBefore} ahead of the deadline, or half-way when the item was opened closer to it
 * than that.
 */
record RectificationDeadlinePolicy(Map<Severity, Integer> deadlineDays, Duration remindBefore, ZoneId zone) {

    Instant defaultDue(Severity severity, Instant openedAt) {
        return endOf(LocalDate.ofInstant(openedAt, zone).plusDays(deadlineDays.get(severity)));
    }

    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    Instant remindAt(Instant openedAt, Instant dueAt) {
        Instant ahead = dueAt.minus(remindBefore);
        if (ahead.isAfter(openedAt)) {
            return ahead;
        }
        return openedAt.plus(Duration.between(openedAt, dueAt).dividedBy(2));
    }
}
