package com.safeward.kernel;

import java.time.Duration;

/**
 * Too many requests from one client in a while (a rate limit: {@link RateLimit}): 429, with how long
 * until the next one is allowed ({@code Retry-After}).
 */
public class Throttled extends RuntimeException {

    private final Duration retryAfter;

    public Throttled(String what, Duration retryAfter) {
        super(what + ": too many requests");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a retry can succeed, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
