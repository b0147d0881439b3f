package com.safeward.notifications;

import static com.safeward.organizations.Role.COMPLAINTS_OFFICER;
import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.MONITORING_OPERATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.incidents.CaseSupervised;
import com.safeward.incidents.IncidentReported;
import com.safeward.incidents.IncidentStatusChanged;
import com.safeward.incidents.PoliceCalled;
import com.safeward.incidents.PoliceDisposalRecorded;
import com.safeward.incidents.SopStepSkipped;
import com.safeward.incidents.StaffSupportOwed;
import com.safeward.kernel.Text;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.OrganizationDirectory;

/** Who hears of what happens to incidents and cases (INC-2, INC-3, INC-7, INC-10, N-2.1). */
@Component
class IncidentNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final OrganizationDirectory organizations;

    IncidentNotices(NotificationCenter center, Recipients recipients, OrganizationDirectory organizations) {
        this.center = center;
        this.recipients = recipients;
        this.organizations = organizations;
    }

    /** INC-2: the security department and the monitoring center, at once. */
    @ApplicationModuleListener
    void on(IncidentReported reported) {
        center.send(Notice.of(NotificationKind.INCIDENT_REPORTED, reported.hospitalId(),
                recipients.at(reported.hospitalId(), SECURITY_OFFICER, MONITORING_OPERATOR),
                Text.of("notice.incidentReported.title", Text.of(reported.type())),
                Text.of("notice.place", place(reported.hospitalId(), reported.areaId())),
                incident(reported.incidentId())));
    }

    /**
     * The member of staff who reported an incident (上报警情, {@code /concern}) hears when security has
     * it and when a guard is on the way or there: only then is "a guard is coming" true.
     */
    @ApplicationModuleListener
    void on(IncidentStatusChanged changed) {
        if (changed.sourceAlarmId() != null || changed.reportedBy() == null) {
            return;
        }
        String title = switch (changed.status()) {
            case ACKNOWLEDGED -> "notice.reportAcknowledged.title";
            case DISPATCHED -> "notice.guardComing.title";
            case ON_SCENE -> "notice.guardOnScene.title";
            default -> null;
        };
        if (title != null) {
            center.send(Notice.of(NotificationKind.INCIDENT_PROGRESS, changed.hospitalId(),
                    java.util.List.of(changed.reportedBy()), Text.of(title), Text.of(changed.status()),
                    incident(changed.incidentId())));
        }
    }

    /** N-2.1: skipping an SOP step is the security department's business. */
    @ApplicationModuleListener
    void on(SopStepSkipped skipped) {
        center.send(Notice.of(NotificationKind.SOP_STEP_SKIPPED, skipped.hospitalId(),
                recipients.at(skipped.hospitalId(), SECURITY_OFFICER),
                Text.of("notice.sopSkipped.title", Text.of("sop." + skipped.step())),
                Text.of("notice.sopSkipped.body", Text.person(skipped.skippedBy()), skipped.reason()),
                incident(skipped.incidentId())));
    }

    /** INC-3: the hospital's leaders know when 110 has been called. */
    @ApplicationModuleListener
    void on(PoliceCalled called) {
        center.send(Notice.of(NotificationKind.POLICE_CALLED, called.hospitalId(),
                recipients.at(called.hospitalId(), HOSPITAL_LEADER),
                Text.of("notice.policeCalled.title", Text.of(called.type())),
                Text.of("notice.place", place(called.hospitalId(), called.areaId())), incident(called.incidentId())));
    }

    /** INC-3: the police's disposal opinion reaches the security department and the leaders. */
    @ApplicationModuleListener
    void on(PoliceDisposalRecorded disposal) {
        center.send(Notice.of(NotificationKind.POLICE_DISPOSAL, disposal.hospitalId(),
                recipients.at(disposal.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.policeDisposal.title"), Text.of("notice.text", disposal.opinion()),
                incident(disposal.incidentId())));
    }

    /** INC-7: 挂牌督办 is addressed to the hospital's security department and leaders. */
    @ApplicationModuleListener
    void on(CaseSupervised supervised) {
        center.send(Notice.of(NotificationKind.CASE_SUPERVISED, supervised.hospitalId(),
                recipients.at(supervised.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.caseSupervised.title", Text.of(supervised.type())),
                Text.of("notice.text", supervised.note()), incident(supervised.incidentId())));
    }

    /** INC-10: the leaders and the patient relations office support the staff involved. */
    @ApplicationModuleListener
    void on(StaffSupportOwed owed) {
        center.send(Notice.of(NotificationKind.STAFF_SUPPORT, owed.hospitalId(),
                recipients.at(owed.hospitalId(), HOSPITAL_LEADER, COMPLAINTS_OFFICER),
                Text.of("notice.staffSupport.title"), Text.of("notice.staffSupport.body", owed.incidentId(), owed.dueAt()),
                incident(owed.incidentId())));
    }

    private String place(long hospitalId, long areaId) {
        return organizations.area(hospitalId, areaId).map(AreaView::location).orElse("");
    }

    private static String incident(long id) {
        return "/incidents/" + id;
    }
}
