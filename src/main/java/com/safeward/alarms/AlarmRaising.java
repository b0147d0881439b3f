package com.safeward.alarms;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.ingest.DeviceEventReceived;

/**
 * INC-1: raises an alarm for each alarm-raising device event, synchronously inside the intake
 * transaction, so the alarm is committed before the device or broker hears "received".
 */
@Component
class AlarmRaising {

    private final Alarms alarms;
    private final AlarmTrail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AlarmFollowUp followUp;
    private final Clock clock;

    AlarmRaising(Alarms alarms, AlarmTrail trail, AuditTrail audit, ApplicationEventPublisher events,
            AlarmFollowUp followUp, Clock clock) {
        this.alarms = alarms;
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
            Alarm alarm = alarms.save(Alarm.raise(event.device().hospitalId(), event.device().areaId(),
                    event.device().id(), event.id(), type, event.occurredAt(), now));
            trail.add(alarm.id(), now, "device:" + event.device().code(), "RAISED", null);
            audit.record(AuditEntry.of(com.safeward.audit.AuditAction.CREATED, "Alarm", alarm.id(),
                    alarm.hospitalId(), type + " from " + event.device().code()));
            followUp.start(alarm);
            events.publishEvent(new AlarmChanged(alarm.id(), alarm.hospitalId(), "RAISED"));
            events.publishEvent(new AlarmRaised(alarm, event.device()));
        });
    }
}
