package com.safeward.reports;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.reporting.rules[i]}: a rule applies everywhere or in the region (and below)
 * whose code it names; any of its triggers makes a report owed to each of its recipients within
 * the given time of the incident being reported.
 */
@ConfigurationProperties("safeward.reporting")
record ReportingProperties(List<Rule> rules) {

    ReportingProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** What makes a report owed. */
    enum Trigger {
        CRIMINAL_CASE, DEATH, SERIOUS_INJURY, MASS_INCIDENT, INJURED_AT_LEAST
    }

    record Rule(String name, String regionCode, List<Trigger> triggers, Integer minInjured, List<Recipient> recipients,
            Duration within) {

        Rule {
            triggers = triggers == null ? List.of() : List.copyOf(triggers);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
            minInjured = minInjured == null ? 1 : minInjured;
            if (name == null || within == null || triggers.isEmpty() || recipients.isEmpty()) {
                throw new IllegalArgumentException("safeward.reporting rule needs name, triggers, recipients, within");
            }
        }
    }
}
