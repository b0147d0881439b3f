package com.safeward.watchlist;

/** WL-7: a listing passed its validity and is no longer screened against; renew it after review if still needed. */
public record ListingExpired(long listingId, long hospitalId, String nameMasked) {
}
