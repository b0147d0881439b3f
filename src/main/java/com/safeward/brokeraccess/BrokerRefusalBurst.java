package com.safeward.brokeraccess;

import java.time.Duration;

/**
 * A hospital's devices, or clients naming them, were refused {@code refusals} times within
 * {@code window}: someone may be trying to raise false alarms or hide a real one among them.
 */
public record BrokerRefusalBurst(long hospitalId, long refusals, Duration window) {
}
