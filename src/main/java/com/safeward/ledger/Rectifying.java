package com.safeward.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.identity.AccountDirectory;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.trail.Trail;

/**
 * RSK-2, the work on a ledger item: entering a problem by hand, assigning owner, measures and
 * deadline, the owner's progress and photos, and the verification on site by someone else (实销账)
 * or its return to the owner. Each step is in the item's trail and the audit trail.
 */
@Service
@Transactional
class Rectifying {

    private final Rectifications rectifications;
    private final RectificationLedger ledger;
    private final LedgerQueries queries;
    private final RectificationDeadlines deadlines;
    private final EvidenceStore evidence;
    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rectifying(Rectifications rectifications, RectificationLedger ledger, LedgerQueries queries,
            RectificationDeadlines deadlines, EvidenceStore evidence, OrganizationDirectory organizations,
            AccountDirectory accounts, Trail trail, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.rectifications = rectifications;
        this.ledger = ledger;
        this.queries = queries;
        this.deadlines = deadlines;
        this.evidence = evidence;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    RectificationView open(FindingForm form, LedgerViewer viewer) {
        if (!viewer.scope().includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        requirePerson(form.hospitalId, form.owner);
        long id = ledger.open(new Finding(form.hospitalId, form.source, null, viewer.username(),
                viewer.affiliation() == Affiliation.REGION ? viewer.regionId() : null,
                viewer.affiliation() == Affiliation.POLICE_STATION ? viewer.stationId() : null, null,
                blank(form.place), form.problem.trim(), form.severity, blank(form.requirementId),
                form.ownerDepartmentId, blank(form.owner), blank(form.measures),
                form.dueDate == null ? null : deadlines.policyFor(form.hospitalId).endOf(form.dueDate)));
        return queries.get(id, viewer);
    }

    RectificationView assign(long id, AssignForm form, LedgerViewer viewer) {
        Rectification item = queries.visible(id, viewer);
        if (organizations.department(item.hospitalId(), form.ownerDepartmentId).isEmpty()) {
            throw new RuleViolation("ownerDepartmentId", "validation.department.unknown");
        }
        requirePerson(item.hospitalId(), form.owner);
        Instant due = deadlines.policyFor(item.hospitalId()).endOf(form.dueDate);
        if (!due.isAfter(now()) && !due.equals(item.dueAt())) {
            throw new RuleViolation("dueDate", "validation.rectification.duePast");
        }
        Rectification saved = rectifications.save(item.assign(form.ownerDepartmentId, blank(form.owner),
                blank(form.measures), due, now()));
        trail.add(RectificationLedger.ref(id), now(), viewer.username(), "ASSIGNED", saved.measures(), null,
                organizations.department(item.hospitalId(), form.ownerDepartmentId).get().name(), due);
        audit.record(AuditEntry.updated("Rectification", id, item.hospitalId(), summary(item), summary(saved)));
        if (saved.owner() != null && !saved.owner().equals(item.owner())
                || !saved.ownerDepartmentId().equals(item.ownerDepartmentId())) {
            events.publishEvent(new RectificationOpened(id, saved.hospitalId(), saved.ownerDepartmentId(),
                    saved.owner(), saved.problem(), saved.severity(), due));
        }
        return queries.get(id, viewer);
    }

    /** The owner (or the security department, who coordinates the ledger) records what was done. */
    RectificationView progress(long id, ProgressForm form, LedgerViewer viewer) {
        Rectification item = workable(id, viewer);
        if (form.fixed) {
            rectifications.save(item.fixed(viewer.username(), now()));
            events.publishEvent(new RectificationFixed(id, item.hospitalId(), viewer.username(), item.problem()));
            events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(item.hospitalId(), "RSK-2"));
        }
        trail.add(RectificationLedger.ref(id), viewer.username(), form.fixed ? "FIXED" : "PROGRESS", form.note);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Rectification", id, item.hospitalId(),
                Text.of(form.fixed ? "audit.rectification.fixed" : "audit.rectification.progress")));
        return queries.get(id, viewer);
    }

    EvidenceView addPhoto(long id, MultipartFile file, LedgerViewer viewer) {
        Rectification item = workable(id, viewer);
        return evidence.store(RectificationLedger.ref(id), item.hospitalId(), file, viewer.username());
    }

    RectificationView verify(long id, VerdictForm form, LedgerViewer viewer) {
        Rectification item = queries.visible(id, viewer);
        Rectification closed = rectifications.save(item.verify(viewer.username(), now()));
        trail.add(RectificationLedger.ref(id), viewer.username(), "VERIFIED", form.note);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Rectification", id, item.hospitalId(),
                Text.of("audit.rectification.verified")));
        events.publishEvent(new RectificationVerified(id, item.hospitalId(), closed.owner(), viewer.username(),
                item.problem(), item.raisedByRegionId(), item.raisedByStationId()));
        return queries.get(id, viewer);
    }

    RectificationView reject(long id, VerdictForm form, LedgerViewer viewer) {
        Rectification item = queries.visible(id, viewer);
        if (form.note == null || form.note.isBlank()) {
            throw new RuleViolation("note", "validation.rectification.rejectNote");
        }
        rectifications.save(item.reject(viewer.username(), now()));
        trail.add(RectificationLedger.ref(id), viewer.username(), "REJECTED", form.note);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Rectification", id, item.hospitalId(),
                Text.of("audit.rectification.rejected")));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(item.hospitalId(), "RSK-2"));
        events.publishEvent(new RectificationRejected(id, item.hospitalId(), item.ownerDepartmentId(), item.owner(),
                item.doneBy(), item.problem(), form.note.trim()));
        return queries.get(id, viewer);
    }

    /** Whether the viewer may record progress: the owner, else the owning department, or the security officers. */
    static boolean mayWork(Rectification item, LedgerViewer viewer) {
        return item.status() == RectificationStatus.OPEN && (viewer.role() == Role.SECURITY_OFFICER
                && viewer.scope().includes(item.hospitalId()) || item.ownedBy(viewer.username(), viewer.departmentId()));
    }

    private Rectification workable(long id, LedgerViewer viewer) {
        Rectification item = queries.visible(id, viewer);
        if (item.status() != RectificationStatus.OPEN) {
            throw new RuleViolation("status", "validation.rectification.notOpen");
        }
        if (!mayWork(item, viewer)) {
            throw new RuleViolation("owner", "validation.rectification.notOwner");
        }
        return item;
    }

    private void requirePerson(long hospitalId, String username) {
        if (username != null && !username.isBlank() && !accounts.usernames(hospitalId,
                EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN, Role.POLICE, Role.REGULATOR,
                        Role.POLITICAL_LEGAL_COMMITTEE, Role.INTEGRATION))).contains(username.trim())) {
            throw new RuleViolation("owner", "validation.rectification.ownerUnknown");
        }
    }

    private static String summary(Rectification item) {
        return item.ownerDepartmentId() + "/" + item.owner() + "/" + item.dueAt() + "/" + item.measures();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
