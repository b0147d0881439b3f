package com.safeward.web;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of {@link SseFanOut}'s open connections, one instance per distinct key with the number of
 * connections using it, so writers group connections by identity: a key is hashed when a connection
 * opens and when it ends, never for each frame (a province's scope holds hundreds of hospitals).
 */
final class SharedKeys<K> {

    /** A key and how many open connections use it (changed only inside the map's atomic compute). */
    private static final class Counted<K> {
        private final K key;
        private int users;

        Counted(K key) {
            this.key = key;
        }
    }

    private final ConcurrentHashMap<K, Counted<K>> keys = new ConcurrentHashMap<>();

    /** The instance of this key that open connections share, counted once more. */
    K share(K key) {
        return keys.compute(key, (k, counted) -> {
            Counted<K> shared = counted == null ? new Counted<>(k) : counted;
            shared.users++;
            return shared;
        }).key;
    }

    /** A connection with this key ended; the key is forgotten with its last connection. */
    void release(K key) {
        keys.computeIfPresent(key, (k, counted) -> --counted.users == 0 ? null : counted);
    }

    int inUse() {
        return keys.size();
    }
}
