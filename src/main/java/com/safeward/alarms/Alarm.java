package com.safeward.alarms;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.devices.DeviceCondition;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.RecordRef;

/**
 * An alarm at a device's location. Acknowledging and clearing are independent, each once, with
 * time and user; a latched alarm needs a note to be cleared (an operator's manual reset).
 * {@code followUpAt}: when the INC-1 follow-up looks at it next (re-alert or escalate); none once
 * it is acknowledged or cleared, or after its escalation.
 */
@Table("alarms")
record Alarm(@Id Long id, Long hospitalId, Long areaId, Long deviceId, Long deviceEventId, AlarmType alarmType,
        AlarmType.Severity severity, boolean latched, Instant occurredAt, Instant raisedAt, Instant acknowledgedAt,
        String acknowledgedBy, Instant clearedAt, String clearedBy, Instant followUpAt, Instant policeDispatchedAt,
        String policeDispatchedBy, Long incidentId, DeviceCondition deviceCondition, @Version Integer version) {

    /** The alarm's history in the trail (raised, acknowledged, guards, reset …). */
    static RecordRef trail(long id) {
        return RecordRef.of("ALARM", id);
    }

    static Alarm raise(long hospitalId, long areaId, long deviceId, long deviceEventId, AlarmType type,
            Instant occurredAt, Instant now, Instant firstFollowUp) {
        return new Alarm(null, hospitalId, areaId, deviceId, deviceEventId, type, type.severity(), type.latched(),
                occurredAt, now, null, null, null, null, firstFollowUp, null, null, null, null, null);
    }

    /** Raised by a device out of service (GB 50394: a panic button still alarms); null when in service. */
    Alarm fromDevice(DeviceCondition condition) {
        DeviceCondition marked = condition == DeviceCondition.IN_SERVICE ? null : condition;
        return new Alarm(id, hospitalId, areaId, deviceId, deviceEventId, alarmType, severity, latched, occurredAt,
                raisedAt, acknowledgedAt, acknowledgedBy, clearedAt, clearedBy, followUpAt, policeDispatchedAt,
                policeDispatchedBy, incidentId, marked, version);
    }

    /** This alarm as inserted: its id, at version 0. */
    Alarm stored(long newId) {
        return new Alarm(newId, hospitalId, areaId, deviceId, deviceEventId, alarmType, severity, latched, occurredAt,
                raisedAt, acknowledgedAt, acknowledgedBy, clearedAt, clearedBy, followUpAt, policeDispatchedAt,
                policeDispatchedBy, incidentId, deviceCondition, 0);
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    boolean cleared() {
        return clearedAt != null;
    }

    Alarm acknowledge(String by, Instant now) {
        if (acknowledged()) {
            return this;
        }
        return new Alarm(id, hospitalId, areaId, deviceId, deviceEventId, alarmType, severity, latched, occurredAt,
                raisedAt, now, by, clearedAt, clearedBy, null, policeDispatchedAt, policeDispatchedBy, incidentId, deviceCondition, version);
    }

    /** GB 50394: a latched alarm is reset only by hand, and the operator says why. */
    Alarm clear(String by, String note, Instant now) {
        if (cleared()) {
            throw new RuleViolation("state", "validation.alarm.alreadyCleared");
        }
        if (latched && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "validation.alarm.resetNote");
        }
        return new Alarm(id, hospitalId, areaId, deviceId, deviceEventId, alarmType, severity, latched, occurredAt,
                raisedAt, acknowledgedAt, acknowledgedBy, now, by, null, policeDispatchedAt, policeDispatchedBy,
                incidentId, deviceCondition, version);
    }

    boolean policeDispatched() {
        return policeDispatchedAt != null;
    }

    /** TEC-7: the police of the hospital's station sent officers; recorded once (the first time counts). */
    Alarm policeDispatched(String by, Instant now) {
        if (policeDispatched()) {
            return this;
        }
        return new Alarm(id, hospitalId, areaId, deviceId, deviceEventId, alarmType, severity, latched, occurredAt,
                raisedAt, acknowledgedAt, acknowledgedBy, clearedAt, clearedBy, followUpAt, now, by, incidentId,
                deviceCondition, version);
    }

    /** INC-4: the incident this alarm became; acknowledged by the same act when it was not yet. */
    Alarm escalated(long incident, String by, Instant now) {
        Alarm acknowledged = acknowledge(by, now);
        return new Alarm(id, hospitalId, areaId, deviceId, deviceEventId, alarmType, severity, latched, occurredAt,
                raisedAt, acknowledged.acknowledgedAt, acknowledged.acknowledgedBy, clearedAt, clearedBy,
                acknowledged.followUpAt, policeDispatchedAt, policeDispatchedBy, incident, deviceCondition, version);
    }
}
