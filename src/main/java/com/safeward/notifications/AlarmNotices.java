package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.alarms.AlarmEscalated;
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

    @ApplicationModuleListener
    void on(AlarmEscalated escalated) {
        center.send(Notice.of(NotificationKind.ALARM_UNACKNOWLEDGED, escalated.hospitalId(),
                recipients.at(escalated.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.alarmUnacknowledged.title", Text.of(escalated.type())),
                Text.of("notice.alarmUnacknowledged.body", escalated.alarmId(), escalated.minutesUnacknowledged()),
                "/console"));
    }
}
