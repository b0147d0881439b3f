package com.safeward.notifications;

import static com.safeward.organizations.Role.MEDICAL_STAFF;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.care.CrisisFound;
import com.safeward.kernel.Text;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;

/** WL-6: a psychological crisis reaches security (it can turn into harm) and the ward's staff. */
@Component
class CareNotices {

    private final NotificationCenter center;
    private final Recipients recipients;
    private final OrganizationDirectory organizations;

    CareNotices(NotificationCenter center, Recipients recipients, OrganizationDirectory organizations) {
        this.center = center;
        this.recipients = recipients;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(CrisisFound crisis) {
        String ward = organizations.department(crisis.hospitalId(), crisis.departmentId()).map(DepartmentView::name)
                .orElse("");
        center.send(Notice.of(NotificationKind.PSYCH_CRISIS, crisis.hospitalId(),
                Recipients.together(recipients.at(crisis.hospitalId(), SECURITY_OFFICER),
                        recipients.inDepartment(crisis.hospitalId(), crisis.departmentId(), MEDICAL_STAFF)),
                Text.of("notice.crisis.title", crisis.patientMasked(), ward, crisis.bed() == null ? "" : crisis.bed()),
                Text.of("notice.crisis.body"), "/care/interventions/" + crisis.interventionId()));
    }
}
