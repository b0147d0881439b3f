package com.safeward.watchlist;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.watchlist.*}. {@code sharing.default} and {@code sharing.regions.<region code>}
 * (WL-5, H-2.3.2): whose listings warn a hospital's screenings — {@code HOSPITAL} (its own only),
 * {@code COUNTY} (every hospital of its county or district) or {@code CITY}. The most specific
 * region of the hospital that has a setting decides; the default is {@code COUNTY}.
 * {@code screenings-per-minute} (default 600): how many screenings one caller of the screening API
 * (an integration token, or a person) may ask for per minute, bursts included (issue 17, point 4;
 * per node: 429 with Retry-After beyond it). A hospital's registration desk peaks at a few a second.
 */
@ConfigurationProperties("safeward.watchlist")
record WatchlistProperties(Sharing sharing, Integer screeningsPerMinute) {

    WatchlistProperties {
        sharing = sharing == null ? new Sharing(null, null) : sharing;
        screeningsPerMinute = screeningsPerMinute == null ? 600 : screeningsPerMinute;
    }

    /** How far listings warn other hospitals. */
    enum Reach {
        HOSPITAL, COUNTY, CITY
    }

    record Sharing(Reach defaultReach, Map<String, Reach> regions) {

        Sharing {
            defaultReach = defaultReach == null ? Reach.COUNTY : defaultReach;
            regions = regions == null ? Map.of() : regions;
        }
    }
}
