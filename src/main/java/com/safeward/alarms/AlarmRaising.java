package com.safeward.alarms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.devices.DeviceFaults;
import com.safeward.devices.DeviceRef;
import com.safeward.ingest.DeviceEventReceived;
import com.safeward.kernel.Text;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.trail.Trail;

/**
 * INC-1: raises an alarm for each alarm-raising device event, synchronously inside the intake
 * transaction, so the alarm is committed before the device or broker hears "received".
 */
@Component
class AlarmRaising {

    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AlarmFollowUp followUp;
    private final Clock clock;

    private final DeviceFaults faults;
    private final OrganizationDirectory organizations;

    AlarmRaising(JdbcClient jdbc, Trail trail, AuditTrail audit, ApplicationEventPublisher events,
            AlarmFollowUp followUp, DeviceFaults faults, OrganizationDirectory organizations, Clock clock) {
        this.faults = faults;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.followUp = followUp;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * GB 50394: a panic button is never disarmed. Its press raises the alarm whatever the device's
     * condition, at the best place known (its area; without one, the hospital's monitoring center),
     * marked with the condition, and opens a fault for the device. Other devices out of service
     * are not heard at all (the intake does not take their events in).
     */
    @EventListener
    void on(DeviceEventReceived event) {
        AlarmType.raisedBy(event.type()).ifPresent(type -> {
            Instant now = Instant.now(clock);
            DeviceRef device = event.device();
            long hospital = device.hospitalId();
            long area = device.areaId() != null ? device.areaId()
                    : organizations.alarmFallbackArea(hospital).orElseThrow(() -> new IllegalStateException(
                            "hospital " + hospital + " has no area to place the alarm of " + device.code()));
            Alarm alarm = insert(Alarm.raise(hospital, area, device.id(), event.id(), type, event.occurredAt(), now,
                    followUp.firstCheck(hospital, now)).fromDevice(device.condition()));
            if (!device.inService()) {
                faults.pressedOutOfService(device, alarm.id());
            }
            trail.add(Alarm.trail(alarm.id()), now, "device:" + device.code(), "RAISED", null, null);
            audit.record(AuditEntry.of(com.safeward.audit.AuditAction.CREATED, "Alarm", alarm.id(),
                    alarm.hospitalId(), Text.of("audit.alarm.raised", Text.of(type), device.code())));
            events.publishEvent(new AlarmChanged(alarm.id(), alarm.hospitalId(), "RAISED"));
            events.publishEvent(new AlarmRaised(alarm, device));
        });
    }

    /**
     * A new alarm, with one fixed statement: this runs inside the intake's transaction for every
     * alarm-raising event, where the repository's generic insert (SQL rendered each time, mapping
     * and lifecycle events) was a large part of the intake's CPU under a burst of panics. Updates
     * (acknowledge, clear) go through {@link Alarms}; the row starts at version 0 as they expect.
     */
    private Alarm insert(Alarm alarm) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into alarms (hospital_id, area_id, device_id, device_event_id, alarm_type, severity, latched,
                    occurred_at, raised_at, follow_up_at, device_condition, version)
                values (:hospital, :area, :device, :event, :type, :severity, :latched, :occurred, :raised, :followUp,
                    :condition, 0)""")
                .param("hospital", alarm.hospitalId()).param("area", alarm.areaId()).param("device", alarm.deviceId())
                .param("event", alarm.deviceEventId()).param("type", alarm.alarmType().name())
                .param("severity", alarm.severity().name()).param("latched", alarm.latched())
                .param("occurred", Timestamp.from(alarm.occurredAt())).param("raised", Timestamp.from(alarm.raisedAt()))
                .param("followUp", Timestamp.from(alarm.followUpAt()))
                .param("condition", alarm.deviceCondition() == null ? null : alarm.deviceCondition().name())
                .update(key, "id");
        return alarm.stored(key.getKeyAs(Number.class).longValue());
    }
}
