package com.safeward.alarms;

import java.util.List;

/**
 * INC-1: nobody acknowledged these alarms of one hospital within its escalation time; the security
 * officers and leaders are to be told of each (once). Published by the follow-up sweep, one event
 * for the hospital's alarms escalated together (at most {@link #MOST} alarms), so a burst of
 * unacknowledged panics is one reaction rather than thousands.
 */
public record AlarmsEscalated(long hospitalId, long minutesUnacknowledged, List<Escalated> alarms) {

    /** The most alarms one event carries (its stored form stays small). */
    public static final int MOST = 100;

    /** One escalated alarm. */
    public record Escalated(long alarmId, AlarmType type) {
    }
}
