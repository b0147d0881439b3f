package com.safeward.compliance;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The regulators' overview and roll-ups as last computed (SUP-4): a province's 2,000 hospitals are
 * 140,000 statuses, and twenty regulators opening the overview at once should not each add them up
 * again. Emptied when an evaluation on this node commits; on other nodes an entry lives at most
 * {@value #SECONDS} seconds (the overview shows when each hospital was evaluated).
 */
@Component
class ComplianceViewCache {

    static final int SECONDS = 30;

    private final Cache<Object, Object> views = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofSeconds(SECONDS)).build();

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        return (T) views.get(key, k -> compute.get());
    }

    /** Forgets every view once the current transaction commits (at once without one). */
    void evaluated() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    views.invalidateAll();
                }
            });
        } else {
            views.invalidateAll();
        }
    }
}
