package com.safeward.alarms;

/**
 * INC-1: nobody acknowledged the alarm within the hospital's escalation time; the security
 * officers and leaders are to be told (once). Published by the follow-up sweep.
 */
public record AlarmEscalated(long alarmId, long hospitalId, AlarmType type, long minutesUnacknowledged) {
}
