package com.safeward.dispatch;

/** A guard confirmed arrival at a task's location; published in the confirming transaction. */
public record GuardArrived(long taskId, String sourceType, long sourceId, String guard, long hospitalId) {
}
