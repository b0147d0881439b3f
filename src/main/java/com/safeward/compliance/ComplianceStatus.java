package com.safeward.compliance;

/** A hospital's standing on one requirement (SUP-4). */
public enum ComplianceStatus {
    PASS, FAIL,
    /** The requirement does not apply to this hospital (e.g. POL-1 below grade 二级). */
    NOT_APPLICABLE,
    /** Nothing to judge yet: no records, no inspection, or not evaluated by SafeWard yet. */
    NO_DATA;

    /** Two rules' verdicts on one requirement: a failure wins, then a pass, then no data. */
    ComplianceStatus combinedWith(ComplianceStatus other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case FAIL -> 3;
            case PASS -> 2;
            case NO_DATA -> 1;
            case NOT_APPLICABLE -> 0;
        };
    }
}
