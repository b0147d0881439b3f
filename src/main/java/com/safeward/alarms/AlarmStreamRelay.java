package com.safeward.alarms;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
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

import com.safeward.web.DatabaseVendor;

/**
 * Cross-node fan-out of the live stream (architecture: "each node relays events to its own SSE
 * clients; cross-node fan-out through PostgreSQL LISTEN/NOTIFY"). A panic arrives at whichever
 * node the broker's shared subscription picks, and the follow-up sweep runs on one node, while
 * consoles are connected to any node behind the load balancer: every frame a node streams is also
 * sent with {@code pg_notify} on channel {@value #CHANNEL}, and every other node streams it to its
 * own consoles ({@link Relayed}). Only the database's users can notify, so nothing outside the
 * cluster can put an alarm on a console.
 * <p>
 * On PostgreSQL only (an embedded H2 database is one node's); {@code safeward.alarms.stream.relay}
 * switches it off. A payload carries at most {@value #MAX_PAYLOAD} bytes (PostgreSQL allows 8000):
 * a larger alarm frame goes as a reference that the receiving nodes read back.
 */
@Component
class AlarmStreamRelay implements SmartLifecycle {

    static final String CHANNEL = "safeward_stream";
    static final int MAX_PAYLOAD = 7_900;
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
    private volatile Thread listener;

    AlarmStreamRelay(DataSource dataSource, JdbcTemplate jdbc, DatabaseVendor vendor, ApplicationEventPublisher events,
            @Value("${safeward.alarms.stream.relay}") boolean wanted) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.events = events;
        this.wanted = wanted;
    }

    /** Sends a frame this node streams to the other nodes; an alarm frame too large goes as a reference. */
    void send(Long hospitalId, byte[] frame, Long alarmId, String change) {
        if (!enabled) {
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
        try {
            jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, payload);
        } catch (RuntimeException failed) {
            log.warn("Stream frame not relayed to the other nodes ({}); their consoles catch up from the list",
                    failed.getMessage());
        }
    }

    @Override
    public void start() {
        enabled = wanted && vendor.postgres();
        if (enabled) {
            Thread thread = new Thread(this::listen, "alarm-stream-relay");
            thread.setDaemon(true);
            listener = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        enabled = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return enabled;
    }

    /** Listens on its own connection, and listens again after a lost connection (a second later). */
    private void listen() {
        while (enabled && !Thread.currentThread().isInterrupted()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (enabled && !Thread.currentThread().isInterrupted()) {
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

    private void receive(String payload) {
        String[] parts = payload.split("\\|", 4);
        if (parts.length < 4 || parts[0].equals(node)) {
            return; // this node's own frame: already streamed here
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
