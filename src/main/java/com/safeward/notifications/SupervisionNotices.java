package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.REGULATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.EnumSet;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.compliance.SupervisionActionTaken;
import com.safeward.compliance.SupervisionResponded;
import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.Text;
import com.safeward.organizations.OrganizationDirectory;

/** SUP-3: a regulator's action reaches the hospital's security officers and leaders; the response the region's regulators. */
@Component
class SupervisionNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    SupervisionNotices(NotificationCenter center, Recipients recipients, AccountDirectory accounts,
            OrganizationDirectory organizations) {
        this.center = center;
        this.recipients = recipients;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(SupervisionActionTaken taken) {
        center.send(Notice.of(NotificationKind.SUPERVISION, taken.hospitalId(),
                recipients.at(taken.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.supervision.title", Text.of(taken.kindKey())), Text.of("notice.text", taken.title()),
                "/supervision/" + taken.actionId()));
    }

    @ApplicationModuleListener
    void on(SupervisionResponded responded) {
        center.send(Notice.of(NotificationKind.SUPERVISION_RESPONSE, responded.hospitalId(),
                accounts.usernamesInRegions(List.of(responded.regionId()), EnumSet.of(REGULATOR)),
                Text.of("notice.supervisionResponse.title", organizations.hospitalLabel(responded.hospitalId()).orElse("")),
                Text.of("notice.text", responded.title()), "/supervision/" + responded.actionId()));
    }
}
