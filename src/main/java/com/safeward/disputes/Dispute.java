package com.safeward.disputes;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RecordRef;
import com.safeward.kernel.Refused;
import com.safeward.kernel.RuleViolation;

/**
 * A medical dispute (医疗纠纷): the hospital's department and staff concerned, what happened, what the
 * patient side claims, its risk flags (DSP-9: threats to staff, petition, risk of turning criminal
 * 民转刑), the disturbance it is linked to (INC-5), the leader in charge (DSP-5) and the liability
 * determination (DSP-4). Compensation is recorded elsewhere but only through {@link #requireLiability()}:
 * there is no path that pays before liability is determined.
 */
@Table("disputes")
record Dispute(@Id Long id, Long hospitalId, Long complaintId, Long departmentId, String staffInvolved,
        String summary, BigDecimal claimedAmount, boolean threatToStaff, boolean petitionRisk, boolean criminalRisk,
        Long incidentId, DisputeStatus status, Instant openedAt, String openedBy, String leader,
        Instant leaderAssignedAt, LiabilityBasis liabilityBasis, String liabilityFinding, Instant liabilityAt,
        String liabilityBy, Instant closedAt, @Version Integer version) {

    static RecordRef trail(long id) {
        return RecordRef.of("DISPUTE", id);
    }

    static Dispute open(long hospitalId, Long complaintId, Long departmentId, String staffInvolved, String summary,
            BigDecimal claimedAmount, RiskFlags flags, Long incidentId, String by, Instant now) {
        return new Dispute(null, hospitalId, complaintId, departmentId, staffInvolved, summary, claimedAmount,
                flags.threatToStaff(), flags.petitionRisk(), flags.criminalRisk(), incidentId, DisputeStatus.OPEN, now, by,
                null, null, null, null, null, null, null, null);
    }

    /** DSP-9: the risks a dispute carries. */
    record RiskFlags(boolean threatToStaff, boolean petitionRisk, boolean criminalRisk) {
        boolean any() {
            return threatToStaff || petitionRisk || criminalRisk;
        }
    }

    RiskFlags flags() {
        return new RiskFlags(threatToStaff, petitionRisk, criminalRisk);
    }

    /** Flags raised or lowered as the case develops. */
    Dispute flag(RiskFlags flags) {
        requireOpen();
        return new Dispute(id, hospitalId, complaintId, departmentId, staffInvolved, summary, claimedAmount,
                flags.threatToStaff(), flags.petitionRisk(), flags.criminalRisk(), incidentId, status, openedAt, openedBy,
                leader, leaderAssignedAt, liabilityBasis, liabilityFinding, liabilityAt, liabilityBy, closedAt, version);
    }

    /** DSP-5 (领导包案): a named leader takes charge. */
    Dispute assignLeader(String username, Instant now) {
        requireOpen();
        return new Dispute(id, hospitalId, complaintId, departmentId, staffInvolved, summary, claimedAmount,
                threatToStaff, petitionRisk, criminalRisk, incidentId, status, openedAt, openedBy, username, now,
                liabilityBasis, liabilityFinding, liabilityAt, liabilityBy, closedAt, version);
    }

    /** DSP-4: the liability determination, once. */
    Dispute determineLiability(LiabilityBasis basis, String finding, String by, Instant now) {
        requireOpen();
        if (liabilityBasis != null) {
            throw new RuleViolation("basis", "validation.dispute.liabilityKnown");
        }
        return new Dispute(id, hospitalId, complaintId, departmentId, staffInvolved, summary, claimedAmount,
                threatToStaff, petitionRisk, criminalRisk, incidentId, status, openedAt, openedBy, leader,
                leaderAssignedAt, basis, finding, now, by, closedAt, version);
    }

    /** DSP-7: closed once reviewed (the review is recorded beside it). */
    Dispute close(Instant now) {
        requireOpen();
        return new Dispute(id, hospitalId, complaintId, departmentId, staffInvolved, summary, claimedAmount,
                threatToStaff, petitionRisk, criminalRisk, incidentId, DisputeStatus.CLOSED, openedAt, openedBy, leader,
                leaderAssignedAt, liabilityBasis, liabilityFinding, liabilityAt, liabilityBy, now, version);
    }

    /** DSP-5: a dispute flagged, or open longer than the region's days, needs a named leader. */
    static boolean leaderDue(boolean flagged, Instant openedAt, int leaderAfterDays, Instant now) {
        return flagged || openedAt.plus(java.time.Duration.ofDays(leaderAfterDays)).isBefore(now);
    }

    /** DSP-4: no compensation before the liability is determined (花钱买平安 is impossible by construction). */
    void requireLiability() {
        if (liabilityBasis == null) {
            throw new Refused("amount", "validation.dispute.liabilityFirst");
        }
    }

    void requireOpen() {
        if (status != DisputeStatus.OPEN) {
            throw new RuleViolation("status", "validation.dispute.closed");
        }
    }
}
