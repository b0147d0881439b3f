package com.safeward.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer thread of {@link SseFanOut} and its share of the connections. Frames that arrive while
 * it writes go out together in its next pass, a burst in one send per connection; between two passes
 * it waits twice as long as the last pass took, at most the linger, so it spends at most a third of
 * its time writing: a frame goes out at once while few connections take it (a province's consoles
 * each see their own hospitals), and frames are batched up to the linger when every pass is long
 * (every console takes every frame). What a key may receive is encoded once per key. A client
 * catching up gets what it missed, then what was held for it.
 */
final class SseWriter<K> {

    private static final Logger log = LoggerFactory.getLogger(SseWriter.class);
    /** Most frames held for a client while it catches up; more, and it is closed and reconnects. */
    private static final int MAX_HELD = 10_000;

    /** What the thread is given: a frame to send, or a client to catch up. */
    private sealed interface Item<K> permits Frame, CatchingUp {
    }

    /** An encoded frame, its id (0: none) and who receives it. */
    record Frame<K>(Predicate<K> audience, long id, byte[] bytes) implements Item<K> {
    }

    /** A client's missed frames, read once it was registered; sent before anything held for it. */
    private record CatchingUp<K>(SseConnection<K> connection, SseFanOut.Replay missed) implements Item<K> {
    }

    /** What a key receives of a run of frames, and the last id among them. */
    private record Encoded(byte[] bytes, long lastId) {
    }

    private final String name;
    private final int index;
    private final long lingerNanos;
    /**
     * This writer's share of the open streams (together, the fan-out's), by the connection objects
     * themselves: not by their {@code AsyncContext}, which the container recycles for a later request
     * once this one ended (a stale clean-up keyed by it removed the new stream: consoles reconnecting
     * in a crowd got nothing after ":connected").
     */
    private final java.util.Set<SseConnection<K>> connections = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Item<K>> items = new ArrayBlockingQueue<>(SseFanOut.QUEUE_CAPACITY);
    private final Thread thread;

    SseWriter(String name, int index, long lingerNanos) {
        this.name = name;
        this.index = index;
        this.lingerNanos = lingerNanos;
        this.thread = SseFanOut.daemon(name + "-writer-" + index + "-").newThread(this::run);
        thread.start();
    }

    int index() {
        return index;
    }

    /** Takes a registered connection into this writer's share. */
    void serve(SseConnection<K> connection) {
        connections.add(connection);
    }

    /** A connection that ended leaves this writer's share. */
    void forget(SseConnection<K> connection) {
        connections.remove(connection);
    }

    /** A copy of this writer's share of the open connections. */
    List<SseConnection<K>> open() {
        return List.copyOf(connections);
    }

    /** Queues a frame; false when this writer is too far behind to take it. */
    boolean offer(Predicate<K> audience, long id, byte[] bytes) {
        return items.offer(new Frame<>(audience, id, bytes));
    }

    /** Queues a client's catch-up; false when this writer is too far behind to take it. */
    boolean catchUp(SseConnection<K> connection, SseFanOut.Replay missed) {
        return items.offer(new CatchingUp<>(connection, missed));
    }

    void stop() {
        thread.interrupt();
    }

    private void run() {
        List<Item<K>> pending = new ArrayList<>();
        long passEnded = System.nanoTime();
        long pause = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                pending.add(items.take());
                // Sending is what costs (a system call and the TCP path per connection): the pause after
                // a pass is twice what the pass took, at most the linger, and frames that come meanwhile
                // go out together. A frame after a quiet spell, or after a short pass, goes out at once.
                long deadline = passEnded + pause;
                for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                    Item<K> next = items.poll(left, TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    pending.add(next);
                }
                items.drainTo(pending);
                long passStarted = System.nanoTime();
                handle(pending);
                passEnded = System.nanoTime();
                pause = Math.min(lingerNanos, 2 * (passEnded - passStarted));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException unexpected) {
                log.warn("{} writer {} failed to write ({})", name, index, unexpected.getMessage());
            } finally {
                pending.clear();
            }
        }
    }

    /** Frames in runs between catch-ups, so a client catching up gets what came before as held frames. */
    private void handle(List<Item<K>> pending) {
        List<Frame<K>> frames = new ArrayList<>();
        for (Item<K> item : pending) {
            if (item instanceof Frame<K> frame) {
                frames.add(frame);
            } else if (item instanceof CatchingUp<K> catchingUp) {
                write(frames);
                frames.clear();
                catchUp(catchingUp);
            }
        }
        write(frames);
    }

    /** Every connection of this writer gets what is pending for its key, in one write. */
    private void write(List<Frame<K>> pending) {
        if (pending.isEmpty()) {
            return;
        }
        long firstId = Long.MAX_VALUE;
        for (Frame<K> frame : pending) {
            if (frame.id() > 0) {
                firstId = Math.min(firstId, frame.id());
            }
        }
        Map<K, Encoded> byKey = new IdentityHashMap<>(); // keys are shared instances (SseFanOut)
        for (SseConnection<K> connection : connections) {
            if (connection.held != null) {
                hold(connection, pending);
                continue;
            }
            // Shared per key unless this client already has some of these frames (it just caught up).
            Encoded encoded = connection.lastSentId < firstId
                    ? byKey.computeIfAbsent(connection.key(), key -> encode(key, pending, 0))
                    : encode(connection.key(), pending, connection.lastSentId);
            send(connection, encoded);
        }
    }

    private void hold(SseConnection<K> connection, List<Frame<K>> pending) {
        for (Frame<K> frame : pending) {
            if (frame.audience().test(connection.key())) {
                connection.held.add(frame);
            }
        }
        if (connection.held.size() > MAX_HELD) {
            connection.close();
        }
    }

    /** What the client missed, then what was held for it meanwhile, without a frame twice. */
    private void catchUp(CatchingUp<K> catchingUp) {
        SseConnection<K> connection = catchingUp.connection();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long last = Math.max(connection.lastSentId, catchingUp.missed().after());
        for (SseFanOut.Sent missed : catchingUp.missed().frames()) {
            if (missed.id() == 0 || missed.id() > last) {
                out.writeBytes(missed.bytes());
                last = Math.max(last, missed.id());
            }
        }
        List<Frame<K>> held = connection.held;
        connection.held = null;
        for (Frame<K> frame : held) {
            if (frame.id() == 0 || frame.id() > last) {
                out.writeBytes(frame.bytes());
                last = Math.max(last, frame.id());
            }
        }
        if (connection.isOpen()) {
            send(connection, new Encoded(out.toByteArray(), last));
        }
    }

    private void send(SseConnection<K> connection, Encoded encoded) {
        if (encoded.bytes().length == 0) {
            return;
        }
        try {
            connection.out().write(encoded.bytes());
            connection.out().flush();
            connection.lastSentId = Math.max(connection.lastSentId, encoded.lastId());
        } catch (IOException | RuntimeException gone) { // the client went away, or the container ended it
            connection.close();
        }
    }

    private static <K> Encoded encode(K key, List<Frame<K>> pending, long after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long last = 0;
        for (Frame<K> frame : pending) {
            if ((frame.id() == 0 || frame.id() > after) && frame.audience().test(key)) {
                out.writeBytes(frame.bytes());
                last = Math.max(last, frame.id());
            }
        }
        return new Encoded(out.toByteArray(), last);
    }
}
