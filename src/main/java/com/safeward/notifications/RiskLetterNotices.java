package com.safeward.notifications;

import static com.safeward.organizations.Role.COMPLAINTS_OFFICER;
import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.REGULATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.EnumSet;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.disputes.RiskLetterLogged;
import com.safeward.disputes.RiskLetterOverdue;
import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.Text;

/**
 * DSP-6: a risk prompt letter reaches the hospital's leaders (who are to read it), security officers
 * and patient relations office; one left open past its deadline alerts them and the issuing region.
 */
@Component
class RiskLetterNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final AccountDirectory accounts;

    RiskLetterNotices(NotificationCenter center, Recipients recipients, AccountDirectory accounts) {
        this.center = center;
        this.recipients = recipients;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(RiskLetterLogged logged) {
        center.send(Notice.of(NotificationKind.RISK_LETTER, logged.hospitalId(),
                recipients.at(logged.hospitalId(), HOSPITAL_LEADER, SECURITY_OFFICER, COMPLAINTS_OFFICER),
                Text.of("notice.riskLetter.title", logged.authority()), Text.of("notice.text", logged.title()),
                "/risk-letters/" + logged.letterId()));
    }

    @ApplicationModuleListener
    void on(RiskLetterOverdue overdue) {
        List<String> above = overdue.regionId() == null ? List.of()
                : accounts.usernamesInRegions(List.of(overdue.regionId()), EnumSet.of(REGULATOR));
        center.send(Notice.of(NotificationKind.RISK_LETTER_OVERDUE, overdue.hospitalId(), Recipients.together(
                recipients.at(overdue.hospitalId(), HOSPITAL_LEADER, SECURITY_OFFICER, COMPLAINTS_OFFICER), above),
                Text.of("notice.riskLetterOverdue.title"), Text.of("notice.text", overdue.title()),
                "/risk-letters/" + overdue.letterId()));
    }
}
