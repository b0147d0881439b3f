package com.safeward.dispatch;

/** A guard of the hospital and the task they are on now, or {@code null} when free to be sent. */
record GuardOnDuty(String guard, GuardTaskView task) {

    boolean free() {
        return task == null;
    }
}
