package com.safeward.notifications;

import static com.safeward.organizations.Role.HOSPITAL_LEADER;
import static com.safeward.organizations.Role.POLICE;
import static com.safeward.organizations.Role.POLITICAL_LEGAL_COMMITTEE;
import static com.safeward.organizations.Role.REGULATOR;
import static com.safeward.organizations.Role.SECURITY_OFFICER;

import java.util.EnumSet;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.Text;
import com.safeward.ledger.InspectionSubmitted;
import com.safeward.ledger.RectificationDeadlineNeared;
import com.safeward.ledger.RectificationFixed;
import com.safeward.ledger.RectificationOpened;
import com.safeward.ledger.RectificationOverdue;
import com.safeward.ledger.RectificationRejected;
import com.safeward.ledger.RectificationVerified;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;

/**
 * RSK-2, SUP-2: who hears of the ledger. A submitted inspection: the hospital's security officers
 * and leaders. A new or reassigned item and its reminder: its owner, else the owning department.
 * Overdue: the owner, the security officers and leaders, and for a regulator's or the police's
 * finding the region or station that raised it. Fixed: the security officers and leaders (to
 * verify). Sent back: the owner and whoever recorded the fix. Closed: the owner and the raising body.
 */
@Component
class LedgerNotices {

    private static final Role[] STAFF = {Role.HOSPITAL_ADMIN, SECURITY_OFFICER, Role.MONITORING_OPERATOR, Role.GUARD,
        Role.MEDICAL_STAFF, Role.COMPLAINTS_OFFICER, HOSPITAL_LEADER};

    private final NotificationCenter center;
    private final Recipients recipients;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    LedgerNotices(NotificationCenter center, Recipients recipients, AccountDirectory accounts,
            OrganizationDirectory organizations) {
        this.center = center;
        this.recipients = recipients;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(InspectionSubmitted submitted) {
        center.send(Notice.of(NotificationKind.INSPECTION_SUBMITTED, submitted.hospitalId(),
                recipients.at(submitted.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER),
                Text.of("notice.inspectionSubmitted.title", submitted.templateName()),
                Text.of("notice.inspectionSubmitted.body", submitted.findings()), "/inspections/" + submitted.inspectionId()));
    }

    @ApplicationModuleListener
    void on(RectificationOpened opened) {
        center.send(Notice.of(NotificationKind.RECTIFICATION_ASSIGNED, opened.hospitalId(),
                owners(opened.hospitalId(), opened.owner(), opened.ownerDepartmentId()),
                Text.of("notice.rectificationAssigned.title", Text.of(opened.severity()), opened.dueAt()),
                Text.of("notice.text", opened.problem()), link(opened.rectificationId())));
    }

    @ApplicationModuleListener
    void on(RectificationDeadlineNeared neared) {
        center.send(Notice.of(NotificationKind.RECTIFICATION_DUE, neared.hospitalId(),
                owners(neared.hospitalId(), neared.owner(), neared.ownerDepartmentId()),
                Text.of("notice.rectificationDue.title", neared.dueAt()), Text.of("notice.text", neared.problem()),
                link(neared.rectificationId())));
    }

    @ApplicationModuleListener
    void on(RectificationOverdue overdue) {
        List<String> people = Recipients.together(owners(overdue.hospitalId(), overdue.owner(), overdue.ownerDepartmentId()),
                recipients.at(overdue.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER));
        people = Recipients.together(people, raisers(overdue.raisedByRegionId(), overdue.raisedByStationId()));
        center.send(Notice.of(NotificationKind.RECTIFICATION_OVERDUE, overdue.hospitalId(), people,
                Text.of("notice.rectificationOverdue.title", hospital(overdue.hospitalId()), overdue.dueAt()),
                Text.of("notice.text", overdue.problem()), link(overdue.rectificationId())));
    }

    @ApplicationModuleListener
    void on(RectificationFixed fixed) {
        center.send(Notice.of(NotificationKind.RECTIFICATION_FIXED, fixed.hospitalId(),
                recipients.at(fixed.hospitalId(), SECURITY_OFFICER, HOSPITAL_LEADER).stream()
                        .filter(person -> !person.equals(fixed.fixedBy())).toList(),
                Text.of("notice.rectificationFixed.title"), Text.of("notice.text", fixed.problem()),
                link(fixed.rectificationId())));
    }

    @ApplicationModuleListener
    void on(RectificationRejected rejected) {
        List<String> people = owners(rejected.hospitalId(), rejected.owner(), rejected.ownerDepartmentId());
        if (rejected.fixedBy() != null) {
            people = Recipients.together(people, List.of(rejected.fixedBy()));
        }
        center.send(Notice.of(NotificationKind.RECTIFICATION_REJECTED, rejected.hospitalId(), people,
                Text.of("notice.rectificationRejected.title"), Text.of("notice.text", rejected.note()),
                link(rejected.rectificationId())));
    }

    @ApplicationModuleListener
    void on(RectificationVerified verified) {
        List<String> people = Recipients.together(verified.owner() == null ? List.of() : List.of(verified.owner()),
                raisers(verified.raisedByRegionId(), verified.raisedByStationId()));
        center.send(Notice.of(NotificationKind.RECTIFICATION_CLOSED, verified.hospitalId(), people,
                Text.of("notice.rectificationClosed.title", hospital(verified.hospitalId())),
                Text.of("notice.text", verified.problem()), link(verified.rectificationId())));
    }

    /** The owner, else the people of the owning department, else (nobody's account names it) the security officers. */
    private List<String> owners(long hospitalId, String owner, long departmentId) {
        if (owner != null) {
            return List.of(owner);
        }
        List<String> department = recipients.inDepartment(hospitalId, departmentId, STAFF);
        return department.isEmpty() ? recipients.at(hospitalId, SECURITY_OFFICER) : department;
    }

    /** The regulators of the region, or the police of the station, that raised a finding. */
    private List<String> raisers(Long regionId, Long stationId) {
        if (regionId != null) {
            return accounts.usernamesInRegions(List.of(regionId), EnumSet.of(REGULATOR, POLITICAL_LEGAL_COMMITTEE));
        }
        return stationId == null ? List.of() : accounts.usernamesAtStation(stationId, EnumSet.of(POLICE));
    }

    private String hospital(long hospitalId) {
        return organizations.hospitalLabel(hospitalId).orElse("");
    }

    private static String link(long rectificationId) {
        return "/rectifications/" + rectificationId;
    }
}
