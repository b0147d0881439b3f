package com.safeward.alarms;

import java.util.Optional;

import com.safeward.ingest.DeviceEventType;

/** Device events that raise an alarm, with their severity and whether they latch (GB 50394: panic latches). */
public enum AlarmType {
    PANIC(Severity.CRITICAL, true),
    INTRUSION(Severity.MAJOR, false),
    DOOR_FORCED(Severity.MAJOR, false),
    TAMPER(Severity.MAJOR, false);

    /** How urgent an alarm is. */
    public enum Severity {
        CRITICAL, MAJOR, MINOR
    }

    private final Severity severity;
    private final boolean latched;

    AlarmType(Severity severity, boolean latched) {
        this.severity = severity;
        this.latched = latched;
    }

    public Severity severity() {
        return severity;
    }

    public boolean latched() {
        return latched;
    }

    /**
     * TEC-7, INC-1: what the police of the hospital's station (and regulators) see live: panic and
     * intrusion alarms; door and tamper alarms stay with the hospital's security department.
     */
    public boolean forPolice() {
        return this == PANIC || this == INTRUSION;
    }

    static Optional<AlarmType> raisedBy(DeviceEventType event) {
        return switch (event) {
            case PANIC -> Optional.of(PANIC);
            case INTRUSION -> Optional.of(INTRUSION);
            case DOOR_FORCED -> Optional.of(DOOR_FORCED);
            case TAMPER -> Optional.of(TAMPER);
            default -> Optional.empty();
        };
    }
}
