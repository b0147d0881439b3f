package com.safeward.care;

/** Where a long-term inpatient stands with assessments. */
public enum CareStatus {
    /** Not yet a long-term inpatient, or assessed recently. */ UP_TO_DATE,
    /** Due within the next days (or today). */ DUE,
    /** Past the due date. */ OVERDUE
}
