package com.safeward.watchlist;

/**
 * WL-7: the security officer decided on a proposed listing or delisting; {@code decision} is
 * APPROVED, REJECTED, DELISTED or DELISTING_REJECTED. The proposer hears of it.
 */
public record ListingReviewed(long listingId, long hospitalId, String nameMasked, String proposedBy, String decision) {
}
