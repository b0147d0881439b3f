package com.safeward.watchlist;

import org.springframework.stereotype.Component;

/**
 * WL-2 for other modules: screens one person at a hospital against the high-risk register, with
 * everything a screening through the API does (the record, and on a match the alerts in the same
 * transaction). Used by the ward visitor check-in.
 */
@Component
public class WatchlistScreening {

    private final Screenings screenings;

    WatchlistScreening(Screenings screenings) {
        this.screenings = screenings;
    }

    /** {@code source}: who asked (an integration token's name or a user). */
    public ScreeningResult screen(long hospitalId, ScreeningRequest request, String source) {
        return screenings.screen(hospitalId, request, source);
    }
}
