package com.safeward.disputes;

/** A dispute is open until it is closed after its review (DSP-7). */
public enum DisputeStatus {
    OPEN, CLOSED
}
