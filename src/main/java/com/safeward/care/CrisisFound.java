package com.safeward.care;

/**
 * WL-6: a psychological assessment found a crisis and an intervention was opened; security and
 * the ward's staff are to be told. Name masked.
 */
public record CrisisFound(long interventionId, long inpatientId, long hospitalId, long departmentId,
        String patientMasked, String bed) {
}
