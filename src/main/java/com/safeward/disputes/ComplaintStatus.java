package com.safeward.disputes;

/** DSP-1: open until the feedback is given; answered; closed; or turned into a medical dispute. */
public enum ComplaintStatus {
    OPEN, ANSWERED, CLOSED, ESCALATED;

    boolean settled() {
        return this != OPEN;
    }
}
