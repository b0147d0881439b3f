package com.safeward.compliance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.compliance.*} (SUP-4): {@code every} — how often every rule is evaluated for
 * every hospital (PT10M); {@code screening-outpatients} (5000) and {@code screening-beds} (1000) —
 * SCR-1's thresholds (H-2.2.9); {@code regions.<region code>.*} tightens them for a region and the
 * regions below it (the most specific wins).
 */
@ConfigurationProperties("safeward.compliance")
record ComplianceProperties(Duration every, Integer screeningOutpatients, Integer screeningBeds,
        Map<String, Override> regions) {

    ComplianceProperties {
        every = every == null ? Duration.ofMinutes(10) : every;
        screeningOutpatients = screeningOutpatients == null ? 5000 : screeningOutpatients;
        screeningBeds = screeningBeds == null ? 1000 : screeningBeds;
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    record Override(Integer screeningOutpatients, Integer screeningBeds) {
    }

    /** The thresholds of one hospital's region. */
    record Thresholds(int screeningOutpatients, int screeningBeds) {
    }

    Thresholds thresholdsFor(List<String> regionCodes) {
        int outpatients = screeningOutpatients;
        int beds = screeningBeds;
        for (String code : regionCodes) {
            Override specific = regions.get(code);
            if (specific != null) {
                outpatients = specific.screeningOutpatients() == null ? outpatients : specific.screeningOutpatients();
                beds = specific.screeningBeds() == null ? beds : specific.screeningBeds();
            }
        }
        return new Thresholds(outpatients, beds);
    }
}
