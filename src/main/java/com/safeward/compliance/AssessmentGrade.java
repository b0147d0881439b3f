package com.safeward.compliance;

/** The Safe Hospital assessment's conclusion (平安医院考评等次): thresholds in {@code safeward.compliance.assessment-*}. */
enum AssessmentGrade {
    /** 优秀: the overall score reaches the excellent mark and no requirement fails at the year's end. */
    EXCELLENT,
    /** 达标: the overall score reaches the passing mark. */
    PASSED,
    /** 不达标 */
    FAILED
}
