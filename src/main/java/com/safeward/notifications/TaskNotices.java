package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.REGULATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.EnumSet;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.compliance.TaskIssued;
import com.safeward.compliance.TaskOverdue;
import com.safeward.compliance.TaskReported;
import com.safeward.compliance.TaskReturned;
import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.Text;
import com.safeward.organizations.OrganizationDirectory;

/**
 * RSK-4: who hears of target tasks. Issued and returned: each hospital's security officers and
 * leaders. Reported done: the issuing region's regulators. Overdue: both sides.
 */
@Component
class TaskNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    TaskNotices(NotificationCenter center, Recipients recipients, AccountDirectory accounts,
            OrganizationDirectory organizations) {
        this.center = center;
        this.recipients = recipients;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(TaskIssued issued) {
        for (long hospital : issued.hospitalIds()) {
            center.send(Notice.of(NotificationKind.TASK_ISSUED, hospital,
                    recipients.at(hospital, SECURITY_OFFICER, HOSPITAL_LEADER),
                    Text.of("notice.taskIssued.title", issued.dueAt()), Text.of("notice.text", issued.title()),
                    "/tasks/" + issued.taskId()));
        }
    }

    @ApplicationModuleListener
    void on(TaskReported reported) {
        center.send(Notice.of(NotificationKind.TASK_REPORTED, reported.hospitalId(),
                accounts.usernamesInRegions(List.of(reported.issuerRegionId()), EnumSet.of(REGULATOR)),
                Text.of("notice.taskReported.title", hospital(reported.hospitalId())),
                Text.of("notice.text", reported.title()), "/tasks/" + reported.taskId() + "#part-" + reported.hospitalId()));
    }

    @ApplicationModuleListener
    void on(TaskReturned returned) {
        center.send(Notice.of(NotificationKind.TASK_RETURNED, returned.hospitalId(),
                recipients.at(returned.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.taskReturned.title", returned.title()), Text.of("notice.text", returned.note()),
                "/tasks/" + returned.taskId()));
    }

    @ApplicationModuleListener
    void on(TaskOverdue overdue) {
        center.send(Notice.of(NotificationKind.TASK_OVERDUE, overdue.hospitalId(), Recipients.together(
                recipients.at(overdue.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                accounts.usernamesInRegions(List.of(overdue.issuerRegionId()), EnumSet.of(REGULATOR))),
                Text.of("notice.taskOverdue.title", hospital(overdue.hospitalId()), overdue.dueAt()),
                Text.of("notice.text", overdue.title()), "/tasks/" + overdue.taskId()));
    }

    private String hospital(long hospitalId) {
        return organizations.hospitalLabel(hospitalId).orElse("");
    }
}
