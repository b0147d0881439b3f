package com.safeward.disputes;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;

/**
 * DSP-1 (H-2.1.2): a complaint and who owns it. First-complaint responsibility (首诉负责制): whoever
 * receives it owns it — a complaint filed on the public page is owned by the first officer who takes
 * it — until a hand-over the next owner accepts; until then the owner stays answerable. Feedback is
 * due by {@code feedbackDueAt} (the end of the working day {@code feedbackDueOn}); a reminder before
 * and the overdue alert after happen once each ({@code remindedAt}, {@code overdueAt}).
 */
@Table("complaints")
record Complaint(@Id Long id, Long hospitalId, String trackingNumber, ComplaintChannel channel,
        String complainantCipher, String complainantMasked, String phoneCipher, String phoneMasked, Long departmentId,
        String subject, String content, boolean severalDepartments, Instant receivedAt, String receivedBy, String owner,
        String handoverTo, String handoverNote, ComplaintStatus status, LocalDate feedbackDueOn, Instant feedbackDueAt,
        String findings, String feedback, String feedbackBy, Instant feedbackAt, Instant closedAt, Instant remindedAt,
        Instant overdueAt, Long disputeId, @Version Integer version) {

    static RecordRef trail(long id) {
        return RecordRef.of("COMPLAINT", id);
    }

    /** Received by a member of staff (who owns it) or on the public page (owner: nobody yet). */
    static Complaint receive(long hospitalId, String trackingNumber, ComplaintChannel channel, Complainant who,
            Long departmentId, String subject, String content, boolean severalDepartments, Instant now,
            String receivedBy, FeedbackDeadline due) {
        return new Complaint(null, hospitalId, trackingNumber, channel, who.nameCipher(), who.nameMasked(),
                who.phoneCipher(), who.phoneMasked(), departmentId, subject, content, severalDepartments, now, receivedBy,
                receivedBy, null, null, ComplaintStatus.OPEN, due.date(), due.at(), null, null, null, null, null, null,
                null, null, null);
    }

    /** The sealed identity of the complainant (may be anonymous: all null). */
    record Complainant(String nameCipher, String nameMasked, String phoneCipher, String phoneMasked) {
    }

    /** The working day feedback is due and the instant it ends. */
    record FeedbackDeadline(LocalDate date, Instant at) {
    }

    boolean open() {
        return status == ComplaintStatus.OPEN;
    }

    boolean overdue(Instant now) {
        return open() && !now.isBefore(feedbackDueAt);
    }

    /** A public-page complaint nobody owns yet: the first officer to take it owns it. */
    Complaint claim(String by) {
        requireOpen();
        if (owner != null) {
            throw new RuleViolation("owner", "validation.complaint.owned");
        }
        return withOwner(by, null, null);
    }

    /** The owner hands it to a colleague; the owner stays answerable until the colleague accepts. */
    Complaint handOver(String by, String to, String note) {
        requireOwner(by);
        if (to.equals(by)) {
            throw new RuleViolation("to", "validation.complaint.handoverSelf");
        }
        return withOwner(owner, to, note);
    }

    /** The colleague accepts: now they own it (首诉负责制 ends with this acceptance, not with the hand-over). */
    Complaint accept(String by) {
        requireOpen();
        if (!by.equals(handoverTo)) {
            throw new RuleViolation("handover", "validation.complaint.notHandedToYou");
        }
        return withOwner(by, null, null);
    }

    /** The colleague declines, or the owner takes the offer back: it stays with the owner. */
    Complaint withdrawHandover(String by) {
        requireOpen();
        if (handoverTo == null || !(by.equals(handoverTo) || by.equals(owner))) {
            throw new RuleViolation("handover", "validation.complaint.notHandedToYou");
        }
        return withOwner(owner, null, null);
    }

    /** Several departments are involved: the longer deadline applies (the reminder is due again). */
    Complaint involveSeveralDepartments(String by, FeedbackDeadline due) {
        requireOwner(by);
        return new Complaint(id, hospitalId, trackingNumber, channel, complainantCipher, complainantMasked, phoneCipher,
                phoneMasked, departmentId, subject, content, true, receivedAt, receivedBy, owner, handoverTo,
                handoverNote, status, due.date(), due.at(), findings, feedback, feedbackBy, feedbackAt, closedAt, null,
                due.at().isAfter(feedbackDueAt) ? null : overdueAt, disputeId, version);
    }

    /** The owner records what the investigation found and the feedback given to the complainant. */
    Complaint answer(String by, String found, String answer, Instant now) {
        requireOwner(by);
        return new Complaint(id, hospitalId, trackingNumber, channel, complainantCipher, complainantMasked, phoneCipher,
                phoneMasked, departmentId, subject, content, severalDepartments, receivedAt, receivedBy, owner, null,
                null, ComplaintStatus.ANSWERED, feedbackDueOn, feedbackDueAt, found, answer, by, now, closedAt,
                remindedAt, overdueAt, disputeId, version);
    }

    /** Answered and nothing further: closed. */
    Complaint close(String by, Instant now) {
        if (status != ComplaintStatus.ANSWERED) {
            throw new RuleViolation("status", "validation.complaint.notAnswered");
        }
        if (!by.equals(owner)) {
            throw new RuleViolation("owner", "validation.complaint.notOwner");
        }
        return settle(ComplaintStatus.CLOSED, null, now);
    }

    /** It became a medical dispute: the dispute's channels take over from the complaint's feedback (DSP-2). */
    Complaint escalate(long dispute, Instant now) {
        if (status == ComplaintStatus.CLOSED || status == ComplaintStatus.ESCALATED) {
            throw new RuleViolation("status", "validation.complaint.settled");
        }
        return settle(ComplaintStatus.ESCALATED, dispute, now);
    }

    private Complaint settle(ComplaintStatus next, Long dispute, Instant now) {
        return new Complaint(id, hospitalId, trackingNumber, channel, complainantCipher, complainantMasked, phoneCipher,
                phoneMasked, departmentId, subject, content, severalDepartments, receivedAt, receivedBy, owner, null,
                null, next, feedbackDueOn, feedbackDueAt, findings, feedback, feedbackBy, feedbackAt, now, remindedAt,
                overdueAt, dispute == null ? disputeId : dispute, version);
    }

    private Complaint withOwner(String newOwner, String to, String note) {
        return new Complaint(id, hospitalId, trackingNumber, channel, complainantCipher, complainantMasked, phoneCipher,
                phoneMasked, departmentId, subject, content, severalDepartments, receivedAt, receivedBy, newOwner, to,
                note, status, feedbackDueOn, feedbackDueAt, findings, feedback, feedbackBy, feedbackAt, closedAt,
                remindedAt, overdueAt, disputeId, version);
    }

    private void requireOwner(String by) {
        requireOpen();
        if (!by.equals(owner)) {
            throw new RuleViolation("owner", owner == null ? "validation.complaint.unclaimed" : "validation.complaint.notOwner");
        }
    }

    private void requireOpen() {
        if (!open()) {
            throw new RuleViolation("status", "validation.complaint.settled");
        }
    }
}
