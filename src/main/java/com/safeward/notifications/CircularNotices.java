package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.circulars.CircularIssued;
import com.safeward.kernel.Text;

/** INC-7: each hospital's security officers and leaders receive a typical-case circular. */
@Component
class CircularNotices {

    private final NotificationCenter center;
    private final Recipients recipients;

    CircularNotices(NotificationCenter center, Recipients recipients) {
        this.center = center;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(CircularIssued circular) {
        for (long hospital : circular.hospitalIds()) {
            center.send(Notice.of(NotificationKind.CIRCULAR, hospital,
                    recipients.at(hospital, SECURITY_OFFICER, HOSPITAL_LEADER),
                    Text.of("notice.circular.title", circular.title()), Text.of("notice.text", circular.lessons()),
                    "/circulars/" + circular.circularId()));
        }
    }
}
