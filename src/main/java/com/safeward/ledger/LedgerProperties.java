package com.safeward.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.ledger.*} (RSK-2; the notices give no number, these are SafeWard's defaults):
 * {@code deadline-days.<severity>} — days a new item has, to the end of that day in Asia/Shanghai
 * (CRITICAL 1, MAJOR 7, MINOR 30); {@code remind-before-hours} (48) — the owner is reminded this long
 * before the deadline, or half-way when the item was opened closer to it.
 * {@code regions.<region code>.*} overrides them for a region and those below it (the most specific wins).
 */
@ConfigurationProperties("safeward.ledger")
record LedgerProperties(Map<Severity, Integer> deadlineDays, Integer remindBeforeHours, Map<String, Override> regions) {

    LedgerProperties {
        Map<Severity, Integer> days = new EnumMap<>(Map.of(Severity.CRITICAL, 1, Severity.MAJOR, 7, Severity.MINOR, 30));
        if (deadlineDays != null) {
            days.putAll(deadlineDays);
        }
        deadlineDays = Map.copyOf(days);
        remindBeforeHours = remindBeforeHours == null ? 48 : remindBeforeHours;
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    record Override(Map<Severity, Integer> deadlineDays, Integer remindBeforeHours) {
    }

    /** The deadlines that apply to a hospital, given its region codes (root first). */
    RectificationDeadlinePolicy policyFor(List<String> regionCodes, java.time.ZoneId zone) {
        Map<Severity, Integer> days = new EnumMap<>(deadlineDays);
        int remind = remindBeforeHours;
        for (String code : regionCodes) {
            Override specific = regions.get(code);
            if (specific != null) {
                if (specific.deadlineDays() != null) {
                    days.putAll(specific.deadlineDays());
                }
                remind = specific.remindBeforeHours() == null ? remind : specific.remindBeforeHours();
            }
        }
        return new RectificationDeadlinePolicy(days, java.time.Duration.ofHours(remind), zone);
    }

    /** The longest reminder lead of any region: how far ahead the sweep looks. */
    java.time.Duration longestReminder() {
        int longest = remindBeforeHours;
        for (Override specific : regions.values()) {
            if (specific.remindBeforeHours() != null) {
                longest = Math.max(longest, specific.remindBeforeHours());
            }
        }
        return java.time.Duration.ofHours(longest);
    }
}
