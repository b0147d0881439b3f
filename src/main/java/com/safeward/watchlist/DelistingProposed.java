package com.safeward.watchlist;

/** WL-7: ending a listing was proposed, with a reason, and awaits review. */
public record DelistingProposed(long listingId, long hospitalId, String nameMasked, String reason) {
}
