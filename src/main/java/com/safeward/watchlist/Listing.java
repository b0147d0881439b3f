package com.safeward.watchlist;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.personaldata.DocumentType;

/**
 * A high-risk person's listing (WL-1, WL-7), identity sealed (cipher, keyed hash, mask). It moves
 * only through reviews: proposed → active (or rejected); active → delisting proposed → delisted
 * (or active again); active → expired past its date; renewed after review. Each transition checks
 * the listing's state and what the reviewer must say; the version makes two reviewers deciding at
 * once a conflict rather than a silent overwrite.
 */
@Table("watchlist_persons")
record Listing(@Id Long id, Long hospitalId, DocumentType documentType, String documentCipher, String documentHash,
        String documentMasked, String nameCipher, String nameHash, String nameMasked, String sex, String birthCipher,
        String birthHash, String phoneCipher, String phoneHash, String phoneMasked, RiskCategory category,
        String reasons, String evidence, Long incidentId, RiskLevel riskLevel, LocalDate validUntil, Long relatedTo,
        String relation, ListingStatus status, String proposedBy, Instant proposedAt, String reviewedBy,
        Instant reviewedAt, @Version Integer version, Instant updatedAt) {

    /** A listing's history in the trail. */
    static RecordRef trail(long id) {
        return RecordRef.of("LISTING", id);
    }

    /** A listing's evidence files in the evidence store. */
    static RecordRef evidence(long id) {
        return RecordRef.of("LISTING", id);
    }

    /** A review's outcome: the listing after it, and what the trail calls the decision. */
    record Reviewed(Listing listing, String decision) {
    }

    /** WL-7: the security officer decides on a proposed listing or delisting; a refusal says why. */
    Reviewed review(boolean approve, String note, String reviewer, Instant now) {
        ListingStatus next;
        String decision;
        switch (status) {
            case PROPOSED -> {
                next = approve ? ListingStatus.ACTIVE : ListingStatus.REJECTED;
                decision = approve ? "APPROVED" : "REJECTED";
            }
            case DELISTING_PROPOSED -> {
                next = approve ? ListingStatus.DELISTED : ListingStatus.ACTIVE;
                decision = approve ? "DELISTED" : "DELISTING_REJECTED";
            }
            default -> throw new RuleViolation("status", "validation.watchlist.nothingToReview");
        }
        if (!approve && blank(note)) {
            throw new RuleViolation("note", "validation.watchlist.reviewNote");
        }
        return new Reviewed(with(next, reviewer, now, validUntil, now), decision);
    }

    /** WL-7: ending a listing is proposed with a reason and reviewed; until then it stays screened. */
    Listing proposeDelisting(String reason, Instant now) {
        if (status != ListingStatus.ACTIVE) {
            throw new RuleViolation("status", "validation.watchlist.notActive");
        }
        if (blank(reason)) {
            throw new RuleViolation("reason", "validation.watchlist.reason");
        }
        return with(ListingStatus.DELISTING_PROPOSED, reviewedBy, reviewedAt, validUntil, now);
    }

    /** WL-7: before or after it expires, the security officer keeps a listing for longer, in one reviewed step. */
    Listing renew(LocalDate until, LocalDate today, String note, String reviewer, Instant now) {
        if (!status.screened() && status != ListingStatus.EXPIRED) {
            throw new RuleViolation("status", "validation.watchlist.notActive");
        }
        if (until == null || !until.isAfter(today)) {
            throw new RuleViolation("validUntil", "validation.watchlist.validUntil");
        }
        if (blank(note)) {
            throw new RuleViolation("note", "validation.watchlist.reviewNote");
        }
        return with(ListingStatus.ACTIVE, reviewer, now, until, now);
    }

    /** WL-7: past its date a screened listing ends by itself. */
    boolean expiredOn(LocalDate today) {
        return status.screened() && validUntil.isBefore(today);
    }

    Listing expire(Instant now) {
        return with(ListingStatus.EXPIRED, reviewedBy, reviewedAt, validUntil, now);
    }

    private Listing with(ListingStatus next, String reviewer, Instant reviewed, LocalDate until, Instant now) {
        return new Listing(id, hospitalId, documentType, documentCipher, documentHash, documentMasked, nameCipher,
                nameHash, nameMasked, sex, birthCipher, birthHash, phoneCipher, phoneHash, phoneMasked, category,
                reasons, evidence, incidentId, riskLevel, until, relatedTo, relation, next, proposedBy, proposedAt,
                reviewer, reviewed, version, now);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
