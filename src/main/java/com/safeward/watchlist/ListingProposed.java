package com.safeward.watchlist;

/** WL-1: a listing was proposed and awaits the security officer's review. Identity masked. */
public record ListingProposed(long listingId, long hospitalId, String nameMasked, String reasons, String proposedBy) {
}
