package com.safeward.ledger;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RuleViolation;

/**
 * RSK-2: one item of the rectification ledger (整改台账): a problem at a hospital with its owner
 * (a department, and a person when one is named), measures and deadline. The owner records the fix;
 * the item closes only when someone else verifies it on site (实销账), otherwise it goes back open.
 * Reminders and overdue escalation happen once each ({@code remindedAt}, {@code overdueAt}); moving
 * the deadline later makes them due again.
 */
@Table("rectifications")
record Rectification(@Id Long id, Long hospitalId, RectificationSource source, String sourceRef, String raisedBy,
        Long raisedByRegionId, Long raisedByStationId, Long areaId, String place, String problem, Severity severity,
        String requirementId, Long ownerDepartmentId, String owner, String measures, Instant dueAt,
        RectificationStatus status, Instant remindedAt, Instant overdueAt, Instant doneAt, String doneBy,
        Instant closedAt, String verifiedBy, Instant createdAt, Instant updatedAt, @Version Integer version) {

    static Rectification open(Finding finding, long ownerDepartmentId, Instant dueAt, Instant now) {
        return new Rectification(null, finding.hospitalId(), finding.source(), finding.sourceRef(), finding.raisedBy(),
                finding.raisedByRegionId(), finding.raisedByStationId(), finding.areaId(), finding.place(),
                finding.problem().trim(), finding.severity(), finding.requirementId(), ownerDepartmentId,
                finding.owner(), finding.measures(), dueAt, RectificationStatus.OPEN, null, null, null, null, null,
                null, now, now, null);
    }

    /** Owner, measures and deadline set (again) by the security department; not once closed. */
    Rectification assign(long department, String person, String newMeasures, Instant due, Instant now) {
        requireNotClosed();
        boolean later = due.isAfter(dueAt);
        return new Rectification(id, hospitalId, source, sourceRef, raisedBy, raisedByRegionId, raisedByStationId,
                areaId, place, problem, severity, requirementId, department, person, newMeasures, due, status,
                later ? null : remindedAt, later ? null : overdueAt, doneAt, doneBy, closedAt, verifiedBy, createdAt,
                now, version);
    }

    /** The owner says the problem is fixed: it waits for someone else to verify it. */
    Rectification fixed(String by, Instant now) {
        if (status != RectificationStatus.OPEN) {
            throw new RuleViolation("status", "validation.rectification.notOpen");
        }
        return withStatus(RectificationStatus.AWAITING_VERIFICATION, now, by, null, null, now);
    }

    /** 实销账: verified on site by someone who is neither the owner nor who recorded the fix. */
    Rectification verify(String by, Instant now) {
        requireAwaitingVerification();
        if (by.equals(owner) || by.equals(doneBy)) {
            throw new RuleViolation("verifier", "validation.rectification.ownVerification");
        }
        return withStatus(RectificationStatus.CLOSED, doneAt, doneBy, now, by, now);
    }

    /** The fix does not hold: back to the owner. */
    Rectification reject(String by, Instant now) {
        requireAwaitingVerification();
        if (by.equals(owner) || by.equals(doneBy)) {
            throw new RuleViolation("verifier", "validation.rectification.ownVerification");
        }
        return withStatus(RectificationStatus.OPEN, null, null, null, null, now);
    }

    /** Whether the person is responsible for the fix (the owner, else anyone of the owning department). */
    boolean ownedBy(String username, Long departmentId) {
        return owner != null ? owner.equals(username) : ownerDepartmentId.equals(departmentId);
    }

    boolean overdue(Instant now) {
        return status == RectificationStatus.OPEN && !now.isBefore(dueAt);
    }

    private Rectification withStatus(RectificationStatus next, Instant done, String doneByWhom, Instant closed,
            String verifier, Instant now) {
        return new Rectification(id, hospitalId, source, sourceRef, raisedBy, raisedByRegionId, raisedByStationId,
                areaId, place, problem, severity, requirementId, ownerDepartmentId, owner, measures, dueAt, next,
                remindedAt, overdueAt, done, doneByWhom, closed, verifier, createdAt, now, version);
    }

    private void requireNotClosed() {
        if (status == RectificationStatus.CLOSED) {
            throw new RuleViolation("status", "validation.rectification.closed");
        }
    }

    private void requireAwaitingVerification() {
        if (status != RectificationStatus.AWAITING_VERIFICATION) {
            throw new RuleViolation("status", "validation.rectification.notAwaiting");
        }
    }
}
