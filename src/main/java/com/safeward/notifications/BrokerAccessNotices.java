package com.safeward.notifications;

import static com.safeward.organizations.Role.SECURITY_OFFICER;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.brokeraccess.BrokerRefusalBurst;
import com.safeward.kernel.Text;

/**
 * A burst of refused device sign-ins or publishes (issue 17, point 1; GB 50394: no false triggering)
 * alerts the hospital's security officers: someone may be posing as its devices.
 */
@Component
class BrokerAccessNotices {

    private final NotificationCenter center;
    private final Recipients recipients;

    BrokerAccessNotices(NotificationCenter center, Recipients recipients) {
        this.center = center;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(BrokerRefusalBurst burst) {
        center.send(Notice.of(NotificationKind.BROKER_REFUSALS, burst.hospitalId(),
                recipients.at(burst.hospitalId(), SECURITY_OFFICER), Text.of("notice.brokerRefusals.title"),
                Text.of("notice.brokerRefusals.text", burst.refusals(), burst.window().toMinutes()),
                "/devices/refusals?hospitalId=" + burst.hospitalId()));
    }
}
