package com.safeward.watchlist;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The screened listings (active, or with delisting pending) in memory, by keyed hash of document,
 * birth date and phone: a screening finds its candidates without a query. Changes made on this
 * node take effect when they commit; changes made on another node within {@link #CHECK_EVERY}
 * (the register's newest update time is compared before a screening uses the index). Holds no
 * plain identity: hashes, the name's cipher (compared only in memory) and masks.
 */
@Component
class ListingIndex {

    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(ListingIndex.class);

    /** What screening needs of a listing. */
    record Entry(long id, long hospitalId, String documentHash, String birthHash, String phoneHash, String nameHash,
            String nameCipher, String nameMasked, RiskCategory category, RiskLevel riskLevel, LocalDate validUntil) {
    }

    private record Snapshot(Map<String, List<Entry>> byHash, Timestamp newest, long checkedAt) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;
    private volatile boolean stale = true;

    ListingIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Listings sharing any of the hashes (null hashes match nothing). */
    List<Entry> candidates(String documentHash, String birthHash, String phoneHash) {
        Snapshot current = current();
        List<Entry> found = new ArrayList<>(4);
        for (String hash : new String[] {documentHash, birthHash, phoneHash}) {
            if (hash != null) {
                for (Entry entry : current.byHash().getOrDefault(hash, List.of())) {
                    if (!found.contains(entry)) {
                        found.add(entry);
                    }
                }
            }
        }
        return found;
    }

    /** The register changed in this transaction: reload once it commits. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stale = true;
                }
            });
        } else {
            stale = true;
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && !stale && now - current.checkedAt() < CHECK_EVERY.toNanos()) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && !stale && System.nanoTime() - current.checkedAt() < CHECK_EVERY.toNanos()) {
                return current;
            }
            Timestamp newest = jdbc.sql("select max(updated_at) from watchlist_persons").query(Timestamp.class)
                    .optional().orElse(null);
            if (current != null && !stale && java.util.Objects.equals(newest, current.newest())) {
                snapshot = new Snapshot(current.byHash(), current.newest(), System.nanoTime());
                return snapshot;
            }
            stale = false;
            snapshot = load(newest);
            return snapshot;
        }
    }

    private Snapshot load(Timestamp newest) {
        long started = System.nanoTime();
        Map<String, List<Entry>> byHash = new HashMap<>();
        jdbc.sql("""
                select id, hospital_id, document_hash, birth_hash, phone_hash, name_hash, name_cipher, name_masked, category,
                    risk_level, valid_until
                from watchlist_persons where status in ('ACTIVE', 'DELISTING_PROPOSED')""")
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("hospital_id"), rs.getString("document_hash"),
                        rs.getString("birth_hash"), rs.getString("phone_hash"), rs.getString("name_hash"),
                        rs.getString("name_cipher"), rs.getString("name_masked"),
                        RiskCategory.valueOf(rs.getString("category")), RiskLevel.valueOf(rs.getString("risk_level")),
                        rs.getObject("valid_until", LocalDate.class)))
                .list().forEach(entry -> {
                    for (String hash : new String[] {entry.documentHash(), entry.birthHash(), entry.phoneHash()}) {
                        if (hash != null) {
                            byHash.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(entry);
                        }
                    }
                });
        log.debug("Screening index loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return new Snapshot(byHash, newest, System.nanoTime());
    }
}
