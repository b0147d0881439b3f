package com.safeward.alarms;

import java.time.Instant;
import java.util.List;

import com.safeward.dispatch.GuardTaskView;
import com.safeward.trail.TrailEntry;

/**
 * An alarm as the console, the API and the stream show it: what, where, when (the device's
 * {@code occurredAt}, SafeWard's {@code raisedAt}), and who did what: acknowledged, guards sent,
 * police dispatched (TEC-7), the incident it became (INC-4); {@code deviceCondition} when the device
 * that raised it is out of service (its place may be a guess).
 */
public record AlarmView(long id, long hospitalId, String hospitalLabel, long areaId, String location,
        String building, String floor, String area, long deviceId, String deviceCode, String deviceName,
        AlarmType alarmType, AlarmType.Severity severity, boolean latched, Instant occurredAt, Instant raisedAt,
        Instant acknowledgedAt, String acknowledgedBy, Instant clearedAt, String clearedBy,
        Instant policeDispatchedAt, String policeDispatchedBy, Long incidentId,
        com.safeward.devices.DeviceCondition deviceCondition, List<TrailEntry> trail, List<GuardTaskView> guards) {

    /** GB 50394: raised by a panic button that is disabled, decommissioned or has no area. */
    public boolean fromDeviceOutOfService() {
        return deviceCondition != null;
    }

    public boolean policeDispatched() {
        return policeDispatchedAt != null;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean cleared() {
        return clearedAt != null;
    }
}
