package com.safeward.alarms;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.persistence.DatabaseVendor;
import com.safeward.persistence.PagedQuery;
import com.safeward.web.SseFanOut;

/**
 * The alarm stream's frames in the order every node sends them (TEC-7, INC-1). Each frame is
 * stored ({@code stream_frames}) and gets its id there, so an id means the same on every node and
 * after a restart: a console that reconnects with {@code Last-Event-ID} gets what it missed within
 * {@code safeward.alarms.stream.replay-window} (10 minutes), or a {@code reset} frame beyond it.
 * <p>
 * One thread per node stores what the stream's dispatcher hands over, a burst in one transaction,
 * and then streams the frames stored since the last it streamed, in id order. On PostgreSQL with
 * several nodes ({@code safeward.alarms.stream.relay}) the ids are taken under an advisory lock, so
 * they commit in their order; the transaction ends with a {@code NOTIFY} on channel
 * {@value #CHANNEL} naming the node, and every other node streams, on that signal, what was stored
 * since its last (the storing node does so right after its commit: every id below its own is
 * committed by then). Every console of every node thus sees frames in the same order, which is what makes
 * {@code Last-Event-ID} exact. Only the database's users can notify or store frames.
 */
@Component
class AlarmStreamLog implements SmartLifecycle {

    static final String CHANNEL = "safeward_stream";
    /** Most frames a reconnecting console is sent; more, and it is told to read the list again. */
    static final int MAX_CATCH_UP = 20_000;
    private static final long ID_LOCK = 0x5AFE_57EAL;
    private static final long PURGE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final Logger log = LoggerFactory.getLogger(AlarmStreamLog.class);

    /** A frame handed over for storing: whose hospital, whether the police see it, its SSE lines. */
    private record Entry(Long hospitalId, boolean forPolice, String body) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final JdbcClient frameRows;
    private final TransactionTemplate transactions;
    private final DatabaseVendor vendor;
    private final Clock clock;
    private final Duration window;
    private final boolean relayWanted;
    private final SseFanOut<AlarmViewer> fanOut;
    /** Names this node in its signals, so it does not read again on its own. */
    private final String node = java.util.UUID.randomUUID().toString();
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(10_000);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean relayed;
    /** The id of the last frame this node streamed (ids commit in order). */
    private long streamed;

    AlarmStreamLog(DataSource dataSource, JdbcTemplate jdbc, JdbcClient frameRows, TransactionTemplate transactions,
            DatabaseVendor vendor, Clock clock, @Value("${safeward.alarms.stream.replay-window}") Duration window,
            @Value("${safeward.alarms.stream.relay}") boolean relayWanted, SseFanOut<AlarmViewer> alarmFanOut) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.frameRows = frameRows;
        this.transactions = transactions;
        this.vendor = vendor;
        this.clock = clock;
        this.window = window;
        this.relayWanted = relayWanted;
        this.fanOut = alarmFanOut;
    }

    /** Hands a frame ({@code event:} and {@code data:} lines) over for storing and streaming; never blocks. */
    void append(Long hospitalId, boolean forPolice, byte[] body) {
        if (!queue.offer(new Entry(hospitalId, forPolice, new String(body, StandardCharsets.UTF_8)))) {
            log.warn("Alarm stream queue full: a frame is not streamed; consoles catch up from the list");
        }
    }

    /** The id of the newest frame: a page shows the list as of here and streams from here. */
    long position() {
        Long max = jdbc.queryForObject("select max(id) from stream_frames", Long.class);
        return max == null ? 0 : max;
    }

    /**
     * What a console that saw up to {@code lastEventId} missed, in its view: the frames after it
     * while that frame is within the window, otherwise one {@code reset} frame (read the open alarms
     * again) carrying the newest id. Nothing for an id that is not one of ours (0).
     */
    SseFanOut.Replay missed(long last, AlarmViewer viewer) {
        if (last <= 0) {
            return new SseFanOut.Replay(0, List.of());
        }
        List<Timestamp> at = jdbc.queryForList("select created_at from stream_frames where id = ?", Timestamp.class, last);
        if (at.isEmpty() || at.get(0).toInstant().isBefore(Instant.now(clock).minus(window))) {
            return reset(position()); // older than the window, or an id this database never gave
        }
        // Only the viewer's frames are read: a hospital's console does not read a province's.
        PagedQuery query = viewer.scope().limit(new PagedQuery().and("id > :last", "last", last), "hospital_id");
        if (viewer.policeOnly()) {
            query.and("police_visible = true");
        }
        Page<SseFanOut.Sent> missed = query.page(frameRows, "stream_frames", "id",
                (rs, n) -> sent(rs.getLong("id"), rs.getString("frame")), PageRequest.of(0, MAX_CATCH_UP));
        return missed.getTotalElements() > MAX_CATCH_UP ? reset(position())
                : new SseFanOut.Replay(last, missed.getContent());
    }

    /** Read the open alarms again, and go on after the newest frame. */
    private static SseFanOut.Replay reset(long newest) {
        return new SseFanOut.Replay(newest,
                List.of(new SseFanOut.Sent(0, ("id:" + newest + "\nevent:reset\ndata:{\"position\":" + newest + "}\n\n")
                        .getBytes(StandardCharsets.UTF_8))));
    }

    private static SseFanOut.Sent sent(long id, String body) {
        return new SseFanOut.Sent(id, ("id:" + id + "\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    /** Stores what is queued, a burst in one transaction, and streams it (with any frames of other nodes before it). */
    private void storeQueued() {
        List<Entry> entries = new ArrayList<>();
        long lastPurge = System.nanoTime();
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                Entry first = queue.poll(PURGE_EVERY_NANOS, TimeUnit.NANOSECONDS);
                if (first != null) {
                    entries.add(first);
                    queue.drainTo(entries, 499);
                    store(entries);
                    // Its own frames at once, not on the signal's round trip: the ids below them are
                    // committed already (taken under the lock), so the order is the one every node sees.
                    streamStored();
                }
                if (System.nanoTime() - lastPurge >= PURGE_EVERY_NANOS) {
                    lastPurge = System.nanoTime();
                    jdbc.update("delete from stream_frames where created_at < ?",
                            Timestamp.from(Instant.now(clock).minus(window)));
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failed) {
                log.warn("{} alarm stream frames not stored ({}); consoles catch up from the list", entries.size(),
                        failed.getMessage());
            } finally {
                entries.clear();
            }
        }
    }

    private void store(List<Entry> entries) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        transactions.executeWithoutResult(status -> {
            if (relayed) {
                jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, ID_LOCK);
            }
            jdbc.batchUpdate("insert into stream_frames (hospital_id, police_visible, frame, created_at) values (?, ?, ?, ?)",
                    entries, entries.size(), (statement, entry) -> {
                        statement.setObject(1, entry.hospitalId());
                        statement.setBoolean(2, entry.forPolice());
                        statement.setString(3, entry.body());
                        statement.setTimestamp(4, now);
                    });
            if (relayed) {
                jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, node);
            }
        });
    }

    /** Streams, in id order, what was stored since the last frame this node streamed. */
    private synchronized void streamStored() {
        jdbc.query("select id, hospital_id, police_visible, frame from stream_frames where id > ? order by id", rs -> {
            long id = rs.getLong(1);
            Long hospital = rs.getObject(2, Long.class);
            boolean forPolice = rs.getBoolean(3);
            fanOut.broadcast(viewer -> viewer.sees(hospital, forPolice), id, sent(id, rs.getString(4)).bytes());
            streamed = id;
        }, streamed);
    }

    /**
     * Several nodes: on each other node's signal, and every few seconds in case one was lost, streams
     * what was stored since; after a lost connection it listens again a second later and catches up.
     */
    private void listen() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running && !Thread.currentThread().isInterrupted()) {
                    org.postgresql.PGNotification[] signals = postgres.getNotifications(2_000);
                    // another node's signal, or none for a while (one may have been lost): read what is new
                    if (signals == null || signals.length == 0
                            || java.util.Arrays.stream(signals).anyMatch(signal -> !node.equals(signal.getParameter()))) {
                        streamStored();
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("Alarm stream lost its database connection ({}); listening again", lost.getMessage());
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        relayed = relayWanted && vendor.postgres();
        streamed = position();
        threads.add(daemon(this::storeQueued, "alarm-stream-store"));
        if (relayed) {
            threads.add(daemon(this::listen, "alarm-stream-listen"));
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
