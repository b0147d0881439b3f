package com.safeward.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.safeward.kernel.RuleViolation;
import com.safeward.personaldata.DocumentType;

/** WL-7: a listing moves only through reviews; the aggregate refuses every other step. */
class ListingTests {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Listing listing(ListingStatus status) {
        return new Listing(7L, 1L, DocumentType.RESIDENT_ID, "c", "h", "410***********1234", "c", "h", "张*丰", null,
                null, null, null, null, null, RiskCategory.OTHER, "reasons", null, null, RiskLevel.MEDIUM,
                TODAY.plusMonths(6), null, null, status, "complaints", NOW, null, null, 3, NOW);
    }

    @Test
    void aProposalIsApprovedOrRejectedWithANote() {
        Listing.Reviewed approved = listing(ListingStatus.PROPOSED).review(true, null, "security", NOW);
        assertThat(approved.listing().status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(approved.decision()).isEqualTo("APPROVED");
        assertThat(approved.listing().reviewedBy()).isEqualTo("security");
        assertThat(approved.listing().version()).as("the version the change is checked against").isEqualTo(3);
        assertThatThrownBy(() -> listing(ListingStatus.PROPOSED).review(false, " ", "security", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("note");
        assertThat(listing(ListingStatus.PROPOSED).review(false, "证据不足", "security", NOW).listing().status())
                .isEqualTo(ListingStatus.REJECTED);
    }

    @Test
    void aDelistingIsProposedWithAReasonAndReviewedLikeAListing() {
        Listing proposed = listing(ListingStatus.ACTIVE).proposeDelisting("已和解", NOW);
        assertThat(proposed.status()).isEqualTo(ListingStatus.DELISTING_PROPOSED);
        assertThat(proposed.status().screened()).as("screened until the review").isTrue();
        assertThat(proposed.review(true, null, "security", NOW).decision()).isEqualTo("DELISTED");
        assertThat(proposed.review(false, "仍有风险", "security", NOW).listing().status()).isEqualTo(ListingStatus.ACTIVE);
        assertThatThrownBy(() -> listing(ListingStatus.ACTIVE).proposeDelisting(null, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("reason");
    }

    @Test
    void nothingElseCanBeReviewedOrDelisted() {
        for (ListingStatus status : new ListingStatus[] {ListingStatus.ACTIVE, ListingStatus.REJECTED,
                ListingStatus.DELISTED, ListingStatus.EXPIRED}) {
            assertThatThrownBy(() -> listing(status).review(true, null, "security", NOW))
                    .isInstanceOf(RuleViolation.class).extracting("messageKey")
                    .isEqualTo("validation.watchlist.nothingToReview");
        }
        assertThatThrownBy(() -> listing(ListingStatus.PROPOSED).proposeDelisting("x", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("status");
    }

    @Test
    void aListingExpiresAfterItsLastDayAndIsRenewedOnlyIntoTheFutureWithANote() {
        Listing active = listing(ListingStatus.ACTIVE);
        assertThat(active.expiredOn(active.validUntil())).isFalse();
        assertThat(active.expiredOn(active.validUntil().plusDays(1))).isTrue();
        Listing expired = active.expire(NOW);
        assertThat(expired.status()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(expired.renew(TODAY.plusYears(1), TODAY, "仍多次来院缠闹", "security", NOW).status())
                .isEqualTo(ListingStatus.ACTIVE);
        assertThatThrownBy(() -> expired.renew(TODAY, TODAY, "note", "security", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("validUntil");
        assertThatThrownBy(() -> expired.renew(TODAY.plusDays(1), TODAY, "", "security", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("note");
        assertThatThrownBy(() -> listing(ListingStatus.REJECTED).renew(TODAY.plusDays(1), TODAY, "x", "security", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("status");
    }
}
