package com.safeward.kernel;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * A rate limit by key (a client address, an account, a token): a token bucket per key of
 * {@code capacity} refilled over {@code period}, held in this node's memory (bounded; a key unused
 * for a period is forgotten). Per node: behind a load balancer a client meets each node's buckets,
 * so a cluster of n nodes allows up to n times the figure (documented where each limit is set).
 */
public final class RateLimit {

    private final String what;
    private final int capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimit(String what, int capacity, Duration period) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException(what + ": a rate limit needs a positive capacity and period");
        }
        this.what = what;
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period.plusMinutes(1)).maximumSize(200_000).build();
    }

    /** One request for the key, or {@link Throttled} saying when the next one is allowed. */
    public void take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new Throttled(what, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Whether the key has anything left, without taking it (limits that count only failures). */
    public void requireLeft(String key) {
        EstimationProbe left = bucket(key).estimateAbilityToConsume(1);
        if (!left.canBeConsumed()) {
            throw new Throttled(what, Duration.ofNanos(left.getNanosToWaitForRefill()));
        }
    }

    /** Counts one against the key (a failure), without refusing anything now. */
    public void count(String key) {
        bucket(key).tryConsume(1);
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build());
    }
}
