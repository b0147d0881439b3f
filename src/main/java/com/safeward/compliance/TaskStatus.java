package com.safeward.compliance;

/** RSK-4: a hospital's part of a target task — to do, reported done, accepted (销号), or returned to do again. */
enum TaskStatus {
    OPEN, REPORTED, ACCEPTED, RETURNED;

    boolean awaitsHospital() {
        return this == OPEN || this == RETURNED;
    }
}
