package com.safeward.identity;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Bearer tokens already resolved to their holder, for {@link #TTL}: hospital information systems
 * send thousands of screenings a second with one token, and each would otherwise cost a token and
 * an account look-up. Expiry is still checked on every request; revoking a token or changing,
 * locking or disabling an account on this node forgets everything at once; other nodes follow
 * within {@link #TTL}.
 */
@Component
class ResolvedTokens {

    static final Duration TTL = Duration.ofSeconds(15);

    private final Cache<String, Resolved> cache = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(100_000).build();

    /** A token and the authentication it stands for (empty when its account cannot sign in). */
    record Resolved(ApiToken token, java.util.Optional<org.springframework.security.core.Authentication> authentication) {
    }

    Resolved get(String tokenHash, Function<String, Resolved> load) {
        Resolved found = cache.getIfPresent(tokenHash);
        if (found == null) {
            found = load.apply(tokenHash);
            if (found != null) {
                cache.put(tokenHash, found);
            }
        }
        return found;
    }

    void remember(String tokenHash, Resolved resolved) {
        cache.put(tokenHash, resolved);
    }

    /** Now, and again once the current transaction commits (a request in between may have re-read the old state). */
    void forgetAll() {
        cache.invalidateAll();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            cache.invalidateAll();
                        }
                    });
        }
    }
}
