package com.safeward.identity;

/**
 * What an integration token may do (authority {@code PERM_<name>}). People get their rights
 * from their role instead.
 */
public enum Permission {
    /** Submit real-name screenings from a hospital information system (WL-2). */
    SCREENING_SUBMIT,
    /** Push device events from a gateway (TEC-1, TEC-7). */
    DEVICE_EVENTS_SUBMIT,
    /** Read the hospital's organization data (departments, areas). */
    ORGANIZATION_READ,
    /** Scrape {@code /actuator/prometheus}. */
    METRICS_READ,
    /** Report admissions and discharges from a hospital information system (WL-6). */
    ADMISSIONS_SUBMIT;

    public String authority() {
        return "PERM_" + name();
    }
}
