package com.safeward.compliance;

import com.safeward.organizations.HospitalFacts;
import com.safeward.organizations.HospitalGrade;

/** Which hospitals a requirement binds (the catalog's {@code applicability} column). */
enum Applicability {
    ALL,
    /** POL-1: hospitals of grade 二级 and above, and those with complex public order. */
    GRADE_TWO_OR_COMPLEX_ORDER,
    /** SCR-1 … SCR-4: tertiary hospitals and those over the outpatient or bed threshold (per region). */
    SCREENING_MANDATORY,
    /** A duty of the regulators, not of a hospital (SUP-*, RSK-4): not evaluated per hospital. */
    REGULATORS;

    boolean binds(HospitalFacts hospital, ComplianceProperties.Thresholds thresholds) {
        return switch (this) {
            case ALL -> true;
            case GRADE_TWO_OR_COMPLEX_ORDER -> hospital.gradeTwoOrAbove() || hospital.complexPublicOrder();
            case SCREENING_MANDATORY -> hospital.grade() == HospitalGrade.LEVEL_3
                    || hospital.dailyOutpatients() >= thresholds.screeningOutpatients()
                    || hospital.openBeds() >= thresholds.screeningBeds();
            case REGULATORS -> false;
        };
    }
}
