package com.safeward.alarms;

import java.time.Duration;
import java.time.Instant;

/**
 * INC-1 follow-up of an alarm nobody has acknowledged: re-alert the console every
 * {@code reAlertAfter} (default 30 s); once {@code escalateAfter} (default 3 min) has passed,
 * notify the security officers and leaders of the hospital, once. Acknowledging or clearing ends it
 * (the alarm then has no next check, see {@link Alarm#followUpAt()}).
 */
record AlarmFollowUpPolicy(Duration reAlertAfter, Duration escalateAfter) {

    AlarmFollowUpPolicy {
        if (reAlertAfter.isNegative() || reAlertAfter.isZero() || escalateAfter.compareTo(reAlertAfter) < 0) {
            throw new IllegalArgumentException("need 0 < re-alert-after <= escalate-after");
        }
    }

    enum Action {
        RE_ALERT, ESCALATE
    }

    /** What to do now, and when to look again (null: never). */
    record Decision(Action action, Instant nextCheck) {
    }

    Instant firstCheck(Instant raisedAt) {
        return raisedAt.plus(reAlertAfter);
    }

    /** For an alarm still unacknowledged and not escalated, whose check is due now. */
    Decision decide(Instant raisedAt, Instant now) {
        Instant escalation = raisedAt.plus(escalateAfter);
        if (!now.isBefore(escalation)) {
            return new Decision(Action.ESCALATE, null);
        }
        Instant next = now.plus(reAlertAfter);
        return new Decision(Action.RE_ALERT, next.isAfter(escalation) ? escalation : next);
    }
}
