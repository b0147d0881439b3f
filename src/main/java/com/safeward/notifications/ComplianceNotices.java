package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.POLITICAL_LEGAL_COMMITTEE;
import static com.safeward.organizations.Role.REGULATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.EnumSet;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.compliance.ComplianceReportPublished;
import com.safeward.compliance.SafeHospitalAssessmentFinalised;
import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.Text;

/**
 * SUP-4: a region's report generated on schedule reaches its regulators and committee; SUP-2: a
 * finalised Safe Hospital assessment reaches the hospital's security officers and leaders.
 */
@Component
class ComplianceNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final AccountDirectory accounts;

    ComplianceNotices(NotificationCenter center, Recipients recipients, AccountDirectory accounts) {
        this.center = center;
        this.recipients = recipients;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(ComplianceReportPublished published) {
        center.send(Notice.of(NotificationKind.COMPLIANCE_REPORT, null,
                accounts.usernamesInRegions(List.of(published.regionId()), EnumSet.of(REGULATOR, POLITICAL_LEGAL_COMMITTEE)),
                Text.of("notice.complianceReport.title", published.regionName(), published.period()),
                Text.of("notice.complianceReport.body"), "/compliance/reports"));
    }

    @ApplicationModuleListener
    void on(SafeHospitalAssessmentFinalised finalised) {
        center.send(Notice.of(NotificationKind.SAFE_HOSPITAL_ASSESSMENT, finalised.hospitalId(),
                recipients.at(finalised.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.assessment.title", finalised.year()),
                Text.of("notice.assessment.body", Text.of("AssessmentGrade." + finalised.grade())),
                "/compliance/assessments/" + finalised.hospitalId() + "/" + finalised.year()));
    }
}
