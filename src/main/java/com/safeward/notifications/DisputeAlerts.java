package com.safeward.notifications;

import static com.safeward.organizations.Role.COMPLAINTS_OFFICER;
import static com.safeward.organizations.Role.HOSPITAL_ADMIN;
import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.REGULATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.disputes.DisputeLeaderAssigned;
import com.safeward.disputes.DisputeLeaderOverdue;
import com.safeward.disputes.DisputeRiskFlagged;
import com.safeward.disputes.InsurerNotified;
import com.safeward.kernel.Text;

/**
 * Medical disputes: a risk flag (DSP-9) alerts security and the leaders, to consider a watchlist
 * listing and protect the staff concerned; a leader put in charge (DSP-5) is told; a dispute still
 * without a leader when it needs one alerts the hospital's leaders and admins and the regulators
 * of its county; a claim to report to the liability insurer reaches the leaders and the office (DSP-3).
 */
@Component
class DisputeAlerts {

    private final NotificationCenter center;
    private final Recipients recipients;

    DisputeAlerts(NotificationCenter center, Recipients recipients) {
        this.center = center;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(DisputeRiskFlagged flagged) {
        center.send(Notice.of(NotificationKind.DISPUTE_RISK, flagged.hospitalId(),
                recipients.at(flagged.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.disputeRisk.title"), Text.of("notice.text", flagged.summary()), link(flagged.disputeId())));
    }

    @ApplicationModuleListener
    void on(DisputeLeaderAssigned assigned) {
        center.send(Notice.of(NotificationKind.DISPUTE_LEADER, assigned.hospitalId(), List.of(assigned.leader()),
                Text.of("notice.disputeLeader.title"), Text.of("notice.text", assigned.summary()),
                link(assigned.disputeId())));
    }

    @ApplicationModuleListener
    void on(DisputeLeaderOverdue overdue) {
        center.send(Notice.of(NotificationKind.DISPUTE_LEADER_OVERDUE, overdue.hospitalId(), Recipients.together(
                recipients.at(overdue.hospitalId(), HOSPITAL_LEADER, HOSPITAL_ADMIN),
                recipients.atLevel(overdue.hospitalId(), -1, REGULATOR)),
                Text.of("notice.disputeLeaderOverdue.title"), Text.of("notice.text", overdue.summary()),
                link(overdue.disputeId())));
    }

    @ApplicationModuleListener
    void on(InsurerNotified insurer) {
        center.send(Notice.of(NotificationKind.DISPUTE_INSURER, insurer.hospitalId(),
                recipients.at(insurer.hospitalId(), HOSPITAL_LEADER, COMPLAINTS_OFFICER),
                Text.of("notice.disputeInsurer.title"), Text.of("notice.text", insurer.claimedAmount().toPlainString()),
                link(insurer.disputeId())));
    }

    private static String link(long disputeId) {
        return "/disputes/" + disputeId;
    }
}
