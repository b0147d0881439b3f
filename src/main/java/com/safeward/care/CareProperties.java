package com.safeward.care;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.care.*} (WL-6): {@code long-stay-days} (default 30) after admission an
 * inpatient is due a psychological assessment, then every {@code interval-days} (default 14);
 * {@code regions.<region code>.long-stay-days|interval-days} override them for a region and the
 * regions below it (the most specific wins).
 */
@ConfigurationProperties("safeward.care")
record CareProperties(Integer longStayDays, Integer intervalDays, Map<String, Override> regions) {

    CareProperties {
        longStayDays = longStayDays == null ? 30 : longStayDays;
        intervalDays = intervalDays == null ? 14 : intervalDays;
        regions = regions == null ? Map.of() : regions;
    }

    record Override(Integer longStayDays, Integer intervalDays) {
    }

    /** The schedule that applies to a hospital, given its region codes (root first). */
    AssessmentSchedule scheduleFor(java.util.List<String> regionCodes) {
        int longStay = longStayDays;
        int interval = intervalDays;
        for (String code : regionCodes) {
            Override specific = regions.get(code);
            if (specific != null) {
                longStay = specific.longStayDays() == null ? longStay : specific.longStayDays();
                interval = specific.intervalDays() == null ? interval : specific.intervalDays();
            }
        }
        return new AssessmentSchedule(longStay, interval);
    }
}
