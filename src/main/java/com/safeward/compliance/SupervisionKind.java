package com.safeward.compliance;

/** SUP-3 (H-3.3): what a regulator does about a hospital. */
enum SupervisionKind {
    /** 督导 */ GUIDANCE,
    /** 约谈: an interview with the hospital's leaders. */ INTERVIEW,
    /** 问责: accountability after serious consequences. */ ACCOUNTABILITY,
    /** 表扬 */ COMMENDATION
}
