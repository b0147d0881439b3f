package com.safeward.compliance;

import java.time.Instant;
import java.util.List;

/**
 * Records of other modules that a hospital's Safe Hospital (平安医院) assessment weighs (SUP-2, H-3.3):
 * the module that keeps them implements this, as modules contribute compliance rules; records with
 * a score (inspections) make the assessment's inspection score.
 */
public interface AssessmentRecordSource {

    /** The hospital's records between {@code from} (inclusive) and {@code to} (exclusive), any order. */
    List<AssessmentRecord> recordsOf(long hospitalId, Instant from, Instant to);
}
