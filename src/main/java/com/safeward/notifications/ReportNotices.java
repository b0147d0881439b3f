package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.POLITICAL_LEGAL_COMMITTEE;
import static com.safeward.organizations.Role.REGULATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.kernel.Text;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.reports.EscalationReportOverdue;
import com.safeward.reports.EscalationReportOwed;
import com.safeward.reports.EscalationReportSubmitted;
import com.safeward.reports.Recipient;

/**
 * INC-6: who hears of escalation reports. Owed: the hospital's security officers and leaders.
 * Overdue: them and the regulators and political-legal committees of every level above the
 * hospital. Submitted: the receiving level (county, city or province health commission; county
 * governance).
 */
@Component
class ReportNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final OrganizationDirectory organizations;

    ReportNotices(NotificationCenter center, Recipients recipients, OrganizationDirectory organizations) {
        this.center = center;
        this.recipients = recipients;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(EscalationReportOwed owed) {
        center.send(Notice.of(NotificationKind.REPORT_OWED, owed.hospitalId(),
                recipients.at(owed.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.reportOwed.title", Text.of(owed.recipient()), owed.dueAt()),
                Text.of("notice.reportOwed.body", Text.of(owed.type()), owed.location()), "/reports"));
    }

    @ApplicationModuleListener
    void on(EscalationReportOverdue overdue) {
        center.send(Notice.of(NotificationKind.REPORT_OVERDUE, overdue.hospitalId(),
                Recipients.together(recipients.at(overdue.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                        recipients.aboveHospital(overdue.hospitalId(), REGULATOR, POLITICAL_LEGAL_COMMITTEE)),
                Text.of("notice.reportOverdue.title", Text.of(overdue.recipient()), hospital(overdue.hospitalId())),
                Text.of("notice.reportOverdue.body", overdue.dueAt()), "/reports?state=OVERDUE"));
    }

    @ApplicationModuleListener
    void on(EscalationReportSubmitted submitted) {
        center.send(Notice.of(NotificationKind.REPORT_SUBMITTED, submitted.hospitalId(),
                receivers(submitted.hospitalId(), submitted.recipient()),
                Text.of("notice.reportSubmitted.title", hospital(submitted.hospitalId())),
                Text.of("notice.text", submitted.excerpt()), "/reports"));
    }

    /** The accounts of the receiving level; the national commission has none in SafeWard. */
    private List<String> receivers(long hospitalId, Recipient recipient) {
        return switch (recipient) {
            case PROVINCE_HEALTH -> recipients.atLevel(hospitalId, 0, REGULATOR);
            case CITY_HEALTH -> recipients.atLevel(hospitalId, 1, REGULATOR);
            case COUNTY_HEALTH -> recipients.atLevel(hospitalId, -1, REGULATOR);
            case COUNTY_GOVERNANCE -> recipients.atLevel(hospitalId, -1, POLITICAL_LEGAL_COMMITTEE);
            case NATIONAL_HEALTH -> List.of();
        };
    }

    private String hospital(long hospitalId) {
        return organizations.hospitalLabel(hospitalId).orElse("");
    }
}
