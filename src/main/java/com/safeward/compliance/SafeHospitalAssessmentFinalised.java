package com.safeward.compliance;

/** SUP-2: a regulator finalised a hospital's Safe Hospital assessment of a year; {@code grade}: its conclusion. */
public record SafeHospitalAssessmentFinalised(long hospitalId, int year, String grade) {
}
