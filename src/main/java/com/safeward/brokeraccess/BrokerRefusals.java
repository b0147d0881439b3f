package com.safeward.brokeraccess;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;
import com.safeward.devices.DeviceTopic;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Counts what a broker refused, in memory first (a flood of refusals must not become a flood of
 * writes, nor block the broker's threads), then every {@code flush-interval} into
 * {@code broker_refusals}, one row per minute, hospital, device, reason and user name. A hospital whose
 * devices were refused {@code alert-threshold} times within {@code alert-window} gets one
 * {@link BrokerRefusalBurst} per window (per node). The first refusal of each kind in a flush
 * interval is logged, never a password.
 */
@Component
class BrokerRefusals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BrokerRefusals.class);
    /** Distinct kinds kept between two flushes; beyond it, refusals are counted under one catch-all kind. */
    private static final int MAX_PENDING_KINDS = 10_000;
    /** Refusals are kept as long as the list shows them (at most 90 days back), then deleted, hourly. */
    static final Duration KEPT = Duration.ofDays(90);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private record Kind(Long hospitalId, Long deviceId, RefusalReason reason, String username) {
    }

    private final Map<Kind, AtomicLong> pending = new ConcurrentHashMap<>();
    /**
     * Who a refused user name or topic names, remembered for a minute: a flood of refusals must not
     * become a flood of look-ups on the broker's threads.
     */
    private final Cache<String, Optional<DeviceRef>> named = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();
    private final Map<Long, Instant> alerted = new ConcurrentHashMap<>();
    private Instant purgedAt = Instant.MIN;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DeviceDirectory devices;
    private final OrganizationDirectory organizations;
    private final BrokerAccessProperties properties;
    private final Clock clock;
    private ScheduledExecutorService flusher;

    BrokerRefusals(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            DeviceDirectory devices, OrganizationDirectory organizations, BrokerAccessProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.devices = devices;
        this.organizations = organizations;
        this.properties = properties;
        this.clock = clock;
    }

    /** A refusal of a device (or of a client naming it), or of nobody known ({@code device} null). */
    void refused(DeviceRef device, RefusalReason reason, String username) {
        count(new Kind(device == null ? null : device.hospitalId(), device == null ? null : device.id(), reason,
                username == null ? null : DeviceLogins.printable(username)));
    }

    /** A refused sign-in, attributed to the device the user name names (if any). */
    void refusedSignIn(String username, RefusalReason reason) {
        refused(username == null ? null : device(username), reason, username);
    }

    /** A refusal of a publish, attributed to the device the topic names (if any). */
    void refusedOnTopic(String topic, RefusalReason reason) {
        DeviceTopic named = DeviceTopic.parse(topic).orElse(null);
        String hospitalCode = named == null ? null : named.hospitalCode();
        DeviceRef device = named == null ? null : device(named.username());
        if (device == null && hospitalCode != null) {
            Long hospital = organizations.hospitalIdByCode(hospitalCode).orElse(null);
            count(new Kind(hospital, null, reason, DeviceLogins.printable(topic)));
            return;
        }
        refused(device, reason, DeviceLogins.printable(topic));
    }

    private DeviceRef device(String username) {
        return named.get(username, devices::named).orElse(null);
    }

    private void count(Kind kind) {
        Kind kept = pending.size() >= MAX_PENDING_KINDS && !pending.containsKey(kind)
                ? new Kind(null, null, kind.reason(), "*") : kind;
        AtomicLong counter = pending.computeIfAbsent(kept, k -> {
            log.warn("MQTT broker refused a client: {} (user {}, hospital {}, device {})", k.reason(), k.username(),
                    k.hospitalId(), k.deviceId());
            return new AtomicLong();
        });
        counter.incrementAndGet();
    }

    /** Writes the counts so far and alerts hospitals over the threshold. */
    synchronized void flush() {
        Instant now = Instant.now(clock);
        purgeOld(now);
        if (pending.isEmpty()) {
            return;
        }
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        Set<Long> hospitals = new HashSet<>();
        for (Kind kind : Set.copyOf(pending.keySet())) {
            AtomicLong counter = pending.remove(kind);
            long count = counter == null ? 0 : counter.getAndSet(0);
            if (count == 0) {
                continue;
            }
            try {
                write(kind, count, window, now);
                if (kind.hospitalId() != null) {
                    hospitals.add(kind.hospitalId());
                }
            } catch (DataAccessException failed) {
                pending.computeIfAbsent(kind, k -> new AtomicLong()).addAndGet(count); // next time
                log.warn("Could not write broker refusals ({}); kept for the next flush", failed.getMessage());
                return;
            }
        }
        hospitals.forEach(hospital -> alertIfBurst(hospital, now));
    }

    /** Every node deletes what is older than {@link #KEPT} once an hour (the same rows: harmless). */
    private void purgeOld(Instant now) {
        if (purgedAt.plus(PURGE_EVERY).isAfter(now)) {
            return;
        }
        try {
            int deleted = jdbc.sql("delete from broker_refusals where window_start < :cutoff")
                    .param("cutoff", Timestamp.from(now.minus(KEPT))).update();
            purgedAt = now;
            if (deleted > 0) {
                log.info("Deleted {} per-minute broker refusal counts older than {} days", deleted, KEPT.toDays());
            }
        } catch (DataAccessException failed) {
            log.warn("Could not delete old broker refusals ({}); trying again at the next flush", failed.getMessage());
        }
    }

    private void write(Kind kind, long count, Instant window, Instant now) {
        String key = window.getEpochSecond() + "|" + kind.hospitalId() + "|" + kind.deviceId() + "|" + kind.reason() + "|"
                + (kind.username() == null ? "" : kind.username());
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = jdbc.sql("update broker_refusals set refusal_count = refusal_count + :count, last_at = :now "
                    + "where refusal_key = :key").param("count", count).param("now", Timestamp.from(now))
                    .param("key", key).update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("""
                        insert into broker_refusals (refusal_key, hospital_id, device_id, reason, username, window_start,
                            refusal_count, last_at)
                        values (:key, :hospital, :device, :reason, :username, :window, :count, :now)""")
                        .param("key", key).param("hospital", kind.hospitalId()).param("device", kind.deviceId())
                        .param("reason", kind.reason().name()).param("username", kind.username())
                        .param("window", Timestamp.from(window)).param("count", count).param("now", Timestamp.from(now))
                        .update();
                return;
            } catch (DuplicateKeyException anotherNode) {
                // another node inserted the row first: add to it
            }
        }
    }

    private void alertIfBurst(long hospitalId, Instant now) {
        Duration window = properties.alertWindow();
        Instant last = alerted.get(hospitalId);
        if (last != null && last.isAfter(now.minus(window))) {
            return;
        }
        long recent = jdbc.sql("select coalesce(sum(refusal_count), 0) from broker_refusals where hospital_id = :hospital "
                + "and window_start >= :since").param("hospital", hospitalId)
                .param("since", Timestamp.from(now.minus(window).truncatedTo(ChronoUnit.MINUTES)))
                .query(Long.class).single();
        if (recent >= properties.alertThreshold()) {
            alerted.put(hospitalId, now);
            transactions.executeWithoutResult(tx -> events.publishEvent(new BrokerRefusalBurst(hospitalId, recent, window)));
        }
    }

    @Override
    public synchronized void start() {
        long every = properties.flushInterval().toMillis();
        flusher = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("broker-refusals-"));
        flusher.scheduleWithFixedDelay(() -> {
            try {
                flush();
            } catch (RuntimeException unexpected) {
                log.error("Writing broker refusals failed", unexpected);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
            flusher = null;
            try {
                flush();
            } catch (RuntimeException closing) {
                log.warn("Broker refusals not written at shutdown: {}", closing.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return flusher != null;
    }
}
