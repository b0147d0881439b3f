/**
 * Ward visitor check-in (WL-2, N-4.1): the ward's front desk registers visitors by real name
 * (visitor, document, phone, patient visited, bed, time in and out), identities sealed; each
 * visitor is screened against the high-risk register in the same step, through the watchlist
 * module's {@link com.safeward.watchlist.WatchlistScreening}, and the desk sees the outcome at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ward visitors",
        allowedDependencies = {"organizations", "personaldata", "watchlist"})
package com.safeward.visitors;
