package com.safeward.compliance;

/** How SafeWard judges a requirement: from the records, from inspections' answers, or not yet. */
enum EvaluationMode {
    /** Rules contributed by the modules that keep the records. */
    AUTOMATIC,
    /** The latest inspection's answers to checklist items that cite the requirement (SUP-2). */
    BY_INSPECTION,
    NOT_YET_COVERED
}
