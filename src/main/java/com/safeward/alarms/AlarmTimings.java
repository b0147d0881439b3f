package com.safeward.alarms;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.alarms.*} (INC-1): {@code re-alert-after} (default 30 s) and
 * {@code escalate-after} (default 3 min), and {@code regions.<region code>.re-alert-after|escalate-after}
 * for a region and the regions below it (the most specific setting wins).
 */
@ConfigurationProperties("safeward.alarms")
record AlarmTimings(Duration reAlertAfter, Duration escalateAfter, Map<String, Override> regions) {

    AlarmTimings {
        reAlertAfter = reAlertAfter == null ? Duration.ofSeconds(30) : reAlertAfter;
        escalateAfter = escalateAfter == null ? Duration.ofMinutes(3) : escalateAfter;
        regions = regions == null ? Map.of() : regions;
        new AlarmFollowUpPolicy(reAlertAfter, escalateAfter); // fail at start-up on a bad pair
        for (Override override : regions.values()) {
            new AlarmFollowUpPolicy(override.reAlertAfter() == null ? reAlertAfter : override.reAlertAfter(),
                    override.escalateAfter() == null ? escalateAfter : override.escalateAfter());
        }
    }

    /** A region's own numbers; either may be left out. */
    record Override(Duration reAlertAfter, Duration escalateAfter) {
    }

    /** The policy for a hospital whose region codes (root first) are given. */
    AlarmFollowUpPolicy policyFor(List<String> regionCodes) {
        Duration reAlert = reAlertAfter;
        Duration escalate = escalateAfter;
        for (String code : regionCodes) {
            Override specific = regions.get(code);
            if (specific != null) {
                reAlert = specific.reAlertAfter() == null ? reAlert : specific.reAlertAfter();
                escalate = specific.escalateAfter() == null ? escalate : specific.escalateAfter();
            }
        }
        return new AlarmFollowUpPolicy(reAlert, escalate);
    }
}
