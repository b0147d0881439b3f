package com.safeward.care;

/** WL-6: a crisis intervention is followed up while open and closed with its outcome. */
public enum InterventionStatus {
    OPEN, CLOSED
}
