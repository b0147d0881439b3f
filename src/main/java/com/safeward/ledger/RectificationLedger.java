package com.safeward.ledger;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.trail.Trail;

/**
 * The ledger module's API for other modules (RSK-2): a problem found anywhere — an inspection, a
 * fire patrol, a risk sweep, a drill, a dispute review, a device fault — becomes one ledger item
 * with an owner and a deadline, and is followed until someone other than its owner verifies the fix.
 * Runs in the caller's transaction: the finding and its ledger item commit together.
 */
@Service
@Transactional
public class RectificationLedger {

    static final String TRAIL = "RECTIFICATION";

    private final Rectifications rectifications;
    private final RectificationDeadlines deadlines;
    private final OrganizationDirectory organizations;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationLedger(Rectifications rectifications, RectificationDeadlines deadlines,
            OrganizationDirectory organizations, Trail trail, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.rectifications = rectifications;
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a ledger item for the finding and returns its id. Owned by the finding's department, or
     * the hospital's security department (保卫科) until someone assigns it; due when the finding says,
     * or by the default for its severity in the hospital's region.
     */
    public long open(Finding finding) {
        Instant now = Instant.now(clock);
        long department = finding.ownerDepartmentId() != null ? finding.ownerDepartmentId()
                : organizations.securityDepartment(finding.hospitalId())
                        .orElseThrow(() -> new RuleViolation("ownerDepartmentId", "validation.rectification.noSecurityDepartment"));
        if (organizations.department(finding.hospitalId(), department).isEmpty()) {
            throw new RuleViolation("ownerDepartmentId", "validation.department.unknown");
        }
        Instant due = finding.dueAt() != null ? finding.dueAt()
                : deadlines.policyFor(finding.hospitalId()).defaultDue(finding.severity(), now);
        Rectification saved = rectifications.save(Rectification.open(finding, department, due, now));
        trail.add(ref(saved.id()), now, finding.raisedBy(), "OPENED", null, finding.sourceRef(),
                com.safeward.kernel.Text.of(finding.source()));
        audit.record(AuditEntry.created("Rectification", saved.id(), saved.hospitalId(), saved.problem()));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(saved.hospitalId(), "RSK-2"));
        events.publishEvent(new RectificationOpened(saved.id(), saved.hospitalId(), department, saved.owner(),
                saved.problem(), saved.severity(), due));
        return saved.id();
    }

    static RecordRef ref(long id) {
        return RecordRef.of(TRAIL, id);
    }
}
