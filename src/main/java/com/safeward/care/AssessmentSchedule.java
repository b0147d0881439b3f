package com.safeward.care;

import java.time.LocalDate;

/**
 * WL-6 (H-2.1.3): an inpatient is due a psychological assessment {@code longStayDays} after
 * admission (30 by default), then {@code intervalDays} after each assessment (14), never before the
 * stay counts as long; shown as due {@value #DUE_AHEAD_DAYS} days ahead, overdue once the day has
 * passed. The numbers are the hospital's region's ({@link CareProperties}).
 */
record AssessmentSchedule(int longStayDays, int intervalDays) {

    /** How many days ahead an assessment shows as due. */
    static final int DUE_AHEAD_DAYS = 3;

    AssessmentSchedule {
        if (longStayDays < 1 || intervalDays < 1) {
            throw new IllegalArgumentException("long-stay-days and interval-days must be at least 1");
        }
    }

    /** When an inpatient admitted on that day is first due. */
    LocalDate firstDue(LocalDate admittedOn) {
        return admittedOn.plusDays(longStayDays);
    }

    /** When an inpatient assessed on {@code assessedOn} is next due. */
    LocalDate nextDue(LocalDate admittedOn, LocalDate assessedOn) {
        LocalDate next = assessedOn.plusDays(intervalDays);
        LocalDate longStay = firstDue(admittedOn);
        return next.isAfter(longStay) ? next : longStay;
    }

    /** Where someone due on {@code dueOn} stands today; a discharged patient is due nothing. */
    static CareStatus status(LocalDate dueOn, LocalDate dischargedOn, LocalDate today) {
        if (dischargedOn != null) {
            return CareStatus.UP_TO_DATE;
        }
        if (dueOn.isBefore(today)) {
            return CareStatus.OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(DUE_AHEAD_DAYS)) ? CareStatus.UP_TO_DATE : CareStatus.DUE;
    }

    /** The last day someone counts as due (for the ward's "due" list). */
    static LocalDate dueBy(LocalDate today) {
        return today.plusDays(DUE_AHEAD_DAYS);
    }
}
