package com.safeward.alarms;

/** An alarm was raised or changed (acknowledged, cleared); published to live consoles after commit. */
public record AlarmChanged(long alarmId, long hospitalId, String change) {
}
