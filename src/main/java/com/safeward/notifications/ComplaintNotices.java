package com.safeward.notifications;

import static com.safeward.organizations.Role.COMPLAINTS_OFFICER;
import static com.safeward.organizations.Role.HOSPITAL_LEADER;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.disputes.ComplaintDeadlineNeared;
import com.safeward.disputes.ComplaintHandedOver;
import com.safeward.disputes.ComplaintOverdue;
import com.safeward.disputes.ComplaintReceived;
import com.safeward.kernel.Text;

/**
 * DSP-1: a complaint filed on the public page reaches the patient relations office (to take it); a
 * hand-over reaches the colleague who is to accept it; the owner (or, before anyone took it, the
 * office) is reminded before the feedback deadline; after it the owner, the office and the
 * hospital's leaders are alerted.
 */
@Component
class ComplaintNotices {

    private final NotificationCenter center;
    private final Recipients recipients;

    ComplaintNotices(NotificationCenter center, Recipients recipients) {
        this.center = center;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(ComplaintReceived received) {
        if (received.owner() != null) {
            return; // the member of staff who recorded it owns it and knows
        }
        center.send(Notice.of(NotificationKind.COMPLAINT_RECEIVED, received.hospitalId(),
                recipients.at(received.hospitalId(), COMPLAINTS_OFFICER), Text.of("notice.complaintReceived.title"),
                Text.of("notice.text", received.subject()), link(received.complaintId())));
    }

    @ApplicationModuleListener
    void on(ComplaintHandedOver handedOver) {
        center.send(Notice.of(NotificationKind.COMPLAINT_HANDOVER, handedOver.hospitalId(), List.of(handedOver.to()),
                Text.of("notice.complaintHandover.title"), Text.of("notice.text", handedOver.subject()),
                link(handedOver.complaintId())));
    }

    @ApplicationModuleListener
    void on(ComplaintDeadlineNeared neared) {
        List<String> owner = neared.owner() != null ? List.of(neared.owner())
                : recipients.at(neared.hospitalId(), COMPLAINTS_OFFICER);
        center.send(Notice.of(NotificationKind.COMPLAINT_DUE, neared.hospitalId(), owner,
                Text.of("notice.complaintDue.title"), Text.of("notice.text", neared.subject()),
                link(neared.complaintId())));
    }

    @ApplicationModuleListener
    void on(ComplaintOverdue overdue) {
        List<String> owner = overdue.owner() == null ? List.of() : List.of(overdue.owner());
        center.send(Notice.of(NotificationKind.COMPLAINT_OVERDUE, overdue.hospitalId(), Recipients.together(owner,
                recipients.at(overdue.hospitalId(), COMPLAINTS_OFFICER, HOSPITAL_LEADER)),
                Text.of("notice.complaintOverdue.title"), Text.of("notice.text", overdue.subject()),
                link(overdue.complaintId())));
    }

    private static String link(long complaintId) {
        return "/complaints/" + complaintId;
    }
}
