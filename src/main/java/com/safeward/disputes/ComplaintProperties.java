package com.safeward.disputes;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.complaints.*} (DSP-1). Deadlines, per region (the national complaint rules'
 * defaults): {@code feedback-working-days} (5) and {@code several-departments-working-days} (10) —
 * feedback due at the end of that working day after the day of receipt; {@code remind-before-hours}
 * (24, SafeWard's) — the owner is reminded this long before. {@code regions.<region code>.*}
 * overrides them for a region and those below it (the most specific wins).
 * The public page (SafeWard's numbers): {@code public-submissions-per-hour} (5 per client address),
 * {@code public-lookups-per-hour} (60 per client address), {@code public-views-per-hour} (120 views of
 * the form per client address: each view starts a session for its CSRF token), {@code public-hospital-submissions-per-hour}
 * (200 per hospital, against a flood from many addresses), {@code public-min-fill-seconds} (3: a
 * form sent sooner after it was shown is a script's), {@code public-base-url} (the address the QR
 * code points to).
 */
@ConfigurationProperties("safeward.complaints")
record ComplaintProperties(Integer feedbackWorkingDays, Integer severalDepartmentsWorkingDays, Integer remindBeforeHours,
        Map<String, Override> regions, Integer publicSubmissionsPerHour, Integer publicLookupsPerHour,
        Integer publicHospitalSubmissionsPerHour, Integer publicMinFillSeconds, String publicBaseUrl,
        Integer publicViewsPerHour) {

    ComplaintProperties {
        feedbackWorkingDays = feedbackWorkingDays == null ? 5 : feedbackWorkingDays;
        severalDepartmentsWorkingDays = severalDepartmentsWorkingDays == null ? 10 : severalDepartmentsWorkingDays;
        remindBeforeHours = remindBeforeHours == null ? 24 : remindBeforeHours;
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        publicSubmissionsPerHour = publicSubmissionsPerHour == null ? 5 : publicSubmissionsPerHour;
        publicLookupsPerHour = publicLookupsPerHour == null ? 60 : publicLookupsPerHour;
        publicHospitalSubmissionsPerHour = publicHospitalSubmissionsPerHour == null ? 200 : publicHospitalSubmissionsPerHour;
        publicMinFillSeconds = publicMinFillSeconds == null ? 3 : publicMinFillSeconds;
        publicViewsPerHour = publicViewsPerHour == null ? 120 : publicViewsPerHour;
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl.replaceAll("/+$", "");
    }

    record Override(Integer feedbackWorkingDays, Integer severalDepartmentsWorkingDays, Integer remindBeforeHours) {
    }

    /** The numbers that apply to a hospital, given its region codes (root first). */
    Deadlines deadlinesFor(List<String> regionCodes) {
        int single = feedbackWorkingDays;
        int several = severalDepartmentsWorkingDays;
        int remind = remindBeforeHours;
        for (String code : regionCodes) {
            Override specific = regions.get(code);
            if (specific != null) {
                single = specific.feedbackWorkingDays() == null ? single : specific.feedbackWorkingDays();
                several = specific.severalDepartmentsWorkingDays() == null ? several : specific.severalDepartmentsWorkingDays();
                remind = specific.remindBeforeHours() == null ? remind : specific.remindBeforeHours();
            }
        }
        return new Deadlines(single, several, Duration.ofHours(remind));
    }

    /** The longest reminder lead of any region: how far ahead the sweep looks. */
    Duration longestReminder() {
        int longest = remindBeforeHours;
        for (Override specific : regions.values()) {
            if (specific.remindBeforeHours() != null) {
                longest = Math.max(longest, specific.remindBeforeHours());
            }
        }
        return Duration.ofHours(longest);
    }

    /** One region's complaint deadlines. */
    record Deadlines(int feedbackWorkingDays, int severalDepartmentsWorkingDays, Duration remindBefore) {
        int workingDays(boolean severalDepartments) {
            return severalDepartments ? severalDepartmentsWorkingDays : feedbackWorkingDays;
        }
    }
}
