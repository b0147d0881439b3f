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
import com.safeward.ingest.DeviceEventReceived;
import com.safeward.kernel.Text;
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

    AlarmRaising(JdbcClient jdbc, Trail trail, AuditTrail audit, ApplicationEventPublisher events,
            AlarmFollowUp followUp, Clock clock) {
        this.jdbc = jdbc;
        this.followUp = followUp;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(DeviceEventReceived event) {
        AlarmType.raisedBy(event.type()).ifPresent(type -> {
            Instant now = Instant.now(clock);
            long hospital = event.device().hospitalId();
            Alarm alarm = insert(Alarm.raise(hospital, event.device().areaId(), event.device().id(), event.id(), type,
                    event.occurredAt(), now, followUp.firstCheck(hospital, now)));
            trail.add(Alarm.trail(alarm.id()), now, "device:" + event.device().code(), "RAISED", null, null);
            audit.record(AuditEntry.of(com.safeward.audit.AuditAction.CREATED, "Alarm", alarm.id(),
                    alarm.hospitalId(), Text.of("audit.alarm.raised", Text.of(type), event.device().code())));
            events.publishEvent(new AlarmChanged(alarm.id(), alarm.hospitalId(), "RAISED"));
            events.publishEvent(new AlarmRaised(alarm, event.device()));
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
                    occurred_at, raised_at, follow_up_at, version)
                values (:hospital, :area, :device, :event, :type, :severity, :latched, :occurred, :raised, :followUp, 0)""")
                .param("hospital", alarm.hospitalId()).param("area", alarm.areaId()).param("device", alarm.deviceId())
                .param("event", alarm.deviceEventId()).param("type", alarm.alarmType().name())
                .param("severity", alarm.severity().name()).param("latched", alarm.latched())
                .param("occurred", Timestamp.from(alarm.occurredAt())).param("raised", Timestamp.from(alarm.raisedAt()))
                .param("followUp", Timestamp.from(alarm.followUpAt()))
                .update(key, "id");
        return alarm.stored(key.getKeyAs(Number.class).longValue());
    }
}
