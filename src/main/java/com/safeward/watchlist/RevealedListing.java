package com.safeward.watchlist;

/** The plain identity of a listing, shown once to someone who gave a reason (audited). */
record RevealedListing(long id, String name, String documentNumber, String phone, String birthDate) {
}
