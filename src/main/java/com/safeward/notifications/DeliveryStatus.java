package com.safeward.notifications;

/** Where a delivery through a channel stands: waiting for its next attempt, sent, or given up. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
