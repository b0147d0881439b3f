package com.safeward.watchlist;

/** WL-7: listing and delisting follow a review; expiry ends a listing by itself. */
public enum ListingStatus {
    /** Proposed, awaiting the security officer's review; not screened against yet. */
    PROPOSED,
    /** Approved and within its validity: screened against. */
    ACTIVE,
    REJECTED,
    /** Delisting proposed; still screened against until approved. */
    DELISTING_PROPOSED,
    DELISTED,
    EXPIRED;

    public boolean screened() {
        return this == ACTIVE || this == DELISTING_PROPOSED;
    }
}
