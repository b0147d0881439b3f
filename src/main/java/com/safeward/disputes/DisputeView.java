package com.safeward.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.safeward.trail.TrailEntry;

/**
 * A medical dispute as staff see it: parties masked, risk flags, the channels with their sessions,
 * the liability determination and the compensation paid, the leader in charge (or that one is due:
 * {@code needsLeader}, DSP-5), the history.
 */
public record DisputeView(long id, long hospitalId, String hospitalLabel, Long complaintId, Long departmentId,
        String department, String staffInvolved, String summary, BigDecimal claimedAmount, boolean threatToStaff,
        boolean petitionRisk, boolean criminalRisk, Long incidentId, DisputeStatus status, Instant openedAt,
        String openedBy, String leader, Instant leaderAssignedAt, LiabilityBasis liabilityBasis,
        String liabilityFinding, Instant liabilityAt, String liabilityBy, Instant closedAt, List<Party> parties,
        List<Channel> channels, List<Payment> payments, List<TrailEntry> trail, boolean needsLeader) {

    /** A party of the patient side, masked. */
    public record Party(long id, PartyRole role, String nameMasked, String phoneMasked, String documentMasked,
            String relation) {
    }

    /** A channel taken, its sessions and documents (applications, agreements, appraisals, judgments). */
    public record Channel(long id, DisputeChannelKind kind, String body, String reference, Instant openedAt,
            String openedBy, ChannelOutcome outcome, String outcomeNote, Instant concludedAt, boolean insurerNotified,
            List<Session> sessions, List<com.safeward.evidence.EvidenceView> documents) {
        @JsonProperty
        public boolean active() {
            return concludedAt == null;
        }
    }

    /** One session: when, where (recorded on video and audio: DSP-8), how many of the patient side. */
    public record Session(long id, Instant heldAt, String place, boolean recorded, int patientSideCount,
            String participants, String summary) {
    }

    /** Compensation paid. */
    public record Payment(long id, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy) {
    }

    @JsonProperty
    public boolean highRisk() {
        return threatToStaff || petitionRisk || criminalRisk;
    }

    @JsonProperty
    public boolean liabilityDetermined() {
        return liabilityBasis != null;
    }

    @JsonProperty
    public BigDecimal paid() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
