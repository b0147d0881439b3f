package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.alarms.AlarmsEscalated;
import com.safeward.kernel.Text;

/** INC-1: an alarm nobody acknowledged reaches the security officers and the leaders of the hospital. */
@Component
class AlarmNotices {

    private final NotificationCenter center;
    private final Recipients recipients;

    AlarmNotices(NotificationCenter center, Recipients recipients) {
        this.center = center;
        this.recipients = recipients;
    }

    /** One notification per alarm, to the people of its hospital, in one transaction for the sweep's alarms. */
    @ApplicationModuleListener
    void on(AlarmsEscalated escalated) {
        List<String> told = recipients.at(escalated.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER);
        for (AlarmsEscalated.Escalated alarm : escalated.alarms()) {
            center.send(Notice.of(NotificationKind.ALARM_UNACKNOWLEDGED, escalated.hospitalId(), told,
                    Text.of("notice.alarmUnacknowledged.title", Text.of(alarm.type())),
                    Text.of("notice.alarmUnacknowledged.body", alarm.alarmId(), escalated.minutesUnacknowledged()),
                    "/console"));
        }
    }
}
