package com.safeward.incidents;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the incident list, as query parameters (kept across pages and by the home's
 * links): open only (the default), one status, one type, one hospital, reported from/to (days in
 * the display zone, both inclusive), and incidents with a skipped SOP step (INC-4).
 */
record IncidentFilter(Boolean open, IncidentStatus status, IncidentType type, Long hospitalId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean skipped) {

    static IncidentFilter openIncidents() {
        return new IncidentFilter(true, null, null, null, null, null, null);
    }

    /** Open only unless the user asked otherwise or a status says which. */
    boolean openOnly() {
        return open == null ? status == null : open;
    }
}
