package com.safeward.alarms;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.safeward.persistence.DatabaseVendor;

/**
 * Cross-node fan-out of the live stream (architecture: "each node relays events to its own SSE
 * clients; cross-node fan-out through PostgreSQL LISTEN/NOTIFY"). A panic arrives at whichever
 * node the broker's shared subscription picks, and the follow-up sweep runs on one node, while
 * consoles are connected to any node behind the load balancer: every frame a node streams is also
 * sent with {@code pg_notify} on channel {@value #CHANNEL} (by a thread of its own, what is queued
 * in one statement), and every other node streams it to its own consoles ({@link Relayed}). Only the database's users can notify, so nothing outside the
 * cluster can put an alarm on a console.
 * <p>
 * Nodes say they are alive every few seconds ({@code stream_nodes}); a node sends only while another
 * node has been seen in the last {@value #NODE_TIMEOUT_SECONDS} seconds, so a single node pays
 * nothing. On PostgreSQL only (an embedded H2 database is one node's);
 * {@code safeward.alarms.stream.relay} switches it off. A payload carries at most {@value #MAX_PAYLOAD} bytes (PostgreSQL allows 8000):
 * a larger alarm frame goes as a reference that the receiving nodes read back.
 */
@Component
class AlarmStreamRelay implements SmartLifecycle {

    static final String CHANNEL = "safeward_stream";
    static final int MAX_PAYLOAD = 7_900;
    static final long SEEN_EVERY_MILLIS = 5_000;
    static final int NODE_TIMEOUT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(AlarmStreamRelay.class);

    /**
     * Something another node streamed: a frame for a hospital's consoles (or everyone's when
     * hospitalId is null), or, when {@code alarmId} is set, an alarm change to read back.
     */
    record Relayed(Long hospitalId, String frame, Long alarmId, String change) {
    }

    private final String node = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final DatabaseVendor vendor;
    private final ApplicationEventPublisher events;
    private final boolean wanted;
    private volatile boolean enabled;
    private final BlockingQueue<String> outbox = new ArrayBlockingQueue<>(10_000);
    /** Whether another node has been seen within {@link #NODE_TIMEOUT_SECONDS} (checked every {@link #SEEN_EVERY_MILLIS}). */
    private volatile boolean othersListening;
    private final List<Thread> threads = new ArrayList<>();

    AlarmStreamRelay(DataSource dataSource, JdbcTemplate jdbc, DatabaseVendor vendor, ApplicationEventPublisher events,
            @Value("${safeward.alarms.stream.relay}") boolean wanted) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.events = events;
        this.wanted = wanted;
    }

    /**
     * Queues a frame this node streams for the other nodes; an alarm frame too large goes as a
     * reference. Never blocks the caller (the stream's dispatcher): a full queue drops the frame,
     * and the other nodes' consoles catch up from the list.
     */
    void send(Long hospitalId, byte[] frame, Long alarmId, String change) {
        if (!enabled || !othersListening) {
            return;
        }
        String head = node + "|" + (hospitalId == null ? "" : hospitalId) + "|";
        String payload;
        if (head.length() + 2 + frame.length <= MAX_PAYLOAD) {
            payload = head + "F|" + new String(frame, StandardCharsets.UTF_8);
        } else if (alarmId != null) {
            payload = head + "A|" + alarmId + ":" + change;
        } else {
            log.warn("Stream frame of {} bytes too large to relay to the other nodes", frame.length);
            return;
        }
        if (!outbox.offer(payload)) {
            log.warn("Stream relay queue full; a frame does not reach the other nodes' consoles");
        }
    }

    /** Sends what is queued, all of it in one statement (a burst of alarms is one round trip). */
    private void sendQueued() {
        List<String> payloads = new ArrayList<>();
        while (enabled && !Thread.currentThread().isInterrupted()) {
            try {
                payloads.add(outbox.take());
                outbox.drainTo(payloads, 499);
                jdbc.execute((java.sql.Connection connection) -> {
                    try (java.sql.PreparedStatement statement = connection.prepareStatement(
                            "select pg_notify(?, payload) from unnest(?::text[]) as payload")) {
                        statement.setString(1, CHANNEL);
                        statement.setArray(2, connection.createArrayOf("text", payloads.toArray()));
                        statement.executeQuery().close();
                    }
                    return null;
                });
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failed) {
                log.warn("{} stream frames not relayed to the other nodes ({}); their consoles catch up from the list",
                        payloads.size(), failed.getMessage());
            } finally {
                payloads.clear();
            }
        }
    }

    @Override
    public void start() {
        enabled = wanted && vendor.postgres();
        if (enabled) {
            threads.add(daemon(this::listen, "alarm-stream-relay-in"));
            threads.add(daemon(this::sendQueued, "alarm-stream-relay-out"));
        }
    }

    @Override
    public void stop() {
        boolean was = enabled;
        enabled = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
        if (was) {
            try {
                jdbc.update("delete from stream_nodes where node_id = ?", node);
            } catch (RuntimeException ignored) {
                // the row ages out
            }
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public boolean isRunning() {
        return enabled;
    }

    /**
     * Listens on its own connection, and listens again after a lost connection (a second later).
     * Every few seconds it says this node is alive and looks whether another node is.
     */
    private void listen() {
        long lastSeen = 0;
        while (enabled && !Thread.currentThread().isInterrupted()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (enabled && !Thread.currentThread().isInterrupted()) {
                    if (System.currentTimeMillis() - lastSeen >= SEEN_EVERY_MILLIS) {
                        othersListening = seen();
                        lastSeen = System.currentTimeMillis();
                    }
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (enabled) {
                    log.warn("Stream relay lost its database connection ({}); listening again", lost.getMessage());
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                }
            }
        }
    }

    /** Marks this node alive (database time: the nodes' clocks need not agree); true if another node is. */
    private boolean seen() {
        if (jdbc.update("update stream_nodes set seen_at = current_timestamp where node_id = ?", node) == 0) {
            jdbc.update("insert into stream_nodes (node_id, seen_at) values (?, current_timestamp)", node);
        }
        jdbc.update("delete from stream_nodes where seen_at < current_timestamp - interval '1 hour'");
        Integer others = jdbc.queryForObject("select count(*) from stream_nodes where node_id <> ? and seen_at > "
                + "current_timestamp - make_interval(secs => ?)", Integer.class, node, NODE_TIMEOUT_SECONDS);
        return others != null && others > 0;
    }

    /** Whether this node currently sends what it streams (another node is alive). */
    boolean relaying() {
        return enabled && othersListening;
    }

    private void receive(String payload) {
        if (payload.startsWith(node)) {
            return; // this node's own frame: already streamed here
        }
        String[] parts = payload.split("\\|", 4);
        if (parts.length < 4) {
            return;
        }
        Long hospitalId = parts[1].isEmpty() ? null : Long.valueOf(parts[1]);
        if (parts[2].equals("F")) {
            events.publishEvent(new Relayed(hospitalId, parts[3], null, null));
        } else {
            String[] reference = parts[3].split(":", 2);
            events.publishEvent(new Relayed(hospitalId, null, Long.valueOf(reference[0]), reference[1]));
        }
    }
}
