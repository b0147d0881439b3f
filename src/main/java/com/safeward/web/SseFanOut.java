package com.safeward.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Server-sent events to many open connections, each with a key saying what it may receive (a
 * console's data scope, a user and language). The committing thread only hands work to one
 * dispatcher thread ({@link #dispatch}, a bounded queue), which builds each frame once; frames go to
 * several writer threads, each serving its share of the connections with a bounded queue; a writer
 * writes to a connection at most once per {@code linger} (a burst of frames is one send, not one per
 * frame) and at once after a quiet spell, and encodes the frames a key may receive once per key. A
 * slow client delays only its own writer's share, never the sender. A heartbeat comment every 20 s
 * keeps proxies from closing idle connections. Connections are plain servlet async responses with
 * bytes written straight to them, which keeps a thousand consoles cheap to serve. Declared as a bean
 * by the stream that uses it, it ends its streams when the application stops and then its threads.
 *
 * @param <K> what a connection is, for deciding which frames it receives
 */
public final class SseFanOut<K> implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SseFanOut.class);
    private static final int QUEUE_CAPACITY = 10_000;
    private static final byte[] CONNECTED = ":connected\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEARTBEAT = ":heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);

    /** An encoded frame and who receives it. */
    private record Frame<K>(Predicate<K> audience, byte[] bytes) {
    }

    /** One open response: written only by its writer thread once registered. */
    private record Connection<K>(AsyncContext async, ServletOutputStream out, K key, SseFanOut<K>.Writer writer) {
    }

    private final String name;
    private final long lingerNanos;
    private final Map<AsyncContext, Connection<K>> connections = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor dispatcher;
    private final List<Writer> writers = new ArrayList<>();
    private final AtomicInteger nextWriter = new AtomicInteger();
    private final ScheduledExecutorService heartbeat;
    private volatile boolean running;

    /** {@code name} names the threads ({@code alarm-stream}); {@code linger}: the least time between two sends. */
    public SseFanOut(String name, Duration linger) {
        this.name = name;
        this.lingerNanos = linger.toNanos();
        this.dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
                daemon(name + "-"));
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            writers.add(new Writer(i));
        }
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon(name + "-heartbeat-"));
        heartbeat.scheduleAtFixedRate(() -> broadcast(key -> true, HEARTBEAT), 20, 20, TimeUnit.SECONDS);
    }

    /** Opens the event stream of a request for a connection with this key. */
    public void subscribe(K key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: do not buffer the stream
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(0);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                connections.remove(async);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                connections.remove(async);
                complete(async);
            }

            @Override
            public void onError(AsyncEvent event) {
                // The client went away. Completing here stops the container's error dispatch, which
                // would try to write an error page into the event stream.
                connections.remove(async);
                complete(async);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        ServletOutputStream out = response.getOutputStream();
        out.write(CONNECTED);
        out.flush();
        Writer writer = writers.get(Math.floorMod(nextWriter.getAndIncrement(), writers.size()));
        connections.put(async, new Connection<>(async, out, key, writer));
    }

    /**
     * Runs {@code work} on the dispatcher thread, in order (it builds frames, reading what it needs);
     * when the dispatcher is too far behind, {@code dropped} says what is lost and clients catch up
     * by reading again. Never blocks the caller.
     */
    public void dispatch(Runnable work, String dropped) {
        try {
            dispatcher.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException failed) {
                    log.warn("{}: {} ({})", name, dropped, failed.getMessage());
                }
            });
        } catch (RejectedExecutionException full) {
            log.warn("{} queue full: {}", name, dropped);
        }
    }

    /** An encoded frame for every connection whose key the audience accepts. */
    public void broadcast(Predicate<K> audience, byte[] frame) {
        Frame<K> queued = new Frame<>(audience, frame);
        for (Writer writer : writers) {
            if (!writer.frames.offer(queued)) {
                log.warn("{} writer {} is behind; its clients will catch up from the list", name, writer.index);
            }
        }
    }

    /** An SSE frame: {@code event:}, optional {@code id:}, and the data (one line of JSON). */
    public static byte[] frame(String event, String id, String data) {
        return ("event:" + event + "\n" + (id == null ? "" : "id:" + id + "\n") + "data:" + data + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Ends every open stream (before the web server waits for open requests to finish). */
    public void disconnectAll() {
        connections.values().forEach(connection -> complete(connection.async()));
        connections.clear();
    }

    /** The keys of the open streams that satisfy the filter (each once). */
    public java.util.Set<K> connected(Predicate<K> filter) {
        java.util.Set<K> keys = new java.util.HashSet<>();
        for (Connection<K> connection : connections.values()) {
            if (filter.test(connection.key())) {
                keys.add(connection.key());
            }
        }
        return keys;
    }

    /** Stops the threads. */
    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        dispatcher.shutdownNow();
        writers.forEach(writer -> writer.thread.interrupt());
    }

    @Override
    public void start() {
        running = true;
    }

    /** Streams never end by themselves: close them before the web server waits for open requests. */
    @Override
    public void stop() {
        running = false;
        disconnectAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private static void complete(AsyncContext async) {
        try {
            async.complete();
        } catch (IllegalStateException alreadyDone) {
            // the container completed it first (client gone, server stopping)
        }
    }

    private static CustomizableThreadFactory daemon(String prefix) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
        factory.setDaemon(true);
        return factory;
    }

    /** One writer thread and its share of the connections. */
    private final class Writer {
        final int index;
        final BlockingQueue<Frame<K>> frames = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        final Thread thread;

        Writer(int index) {
            this.index = index;
            this.thread = daemon(name + "-writer-" + index + "-").newThread(this::run);
            thread.start();
        }

        private void run() {
            List<Frame<K>> pending = new ArrayList<>();
            long lastWrite = System.nanoTime() - lingerNanos;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    pending.add(frames.take());
                    // Sending is what costs (a system call and the TCP path per connection): at most one
                    // write per linger, so frames that come in a burst go out together. A frame after a
                    // quiet spell goes out at once.
                    long deadline = lastWrite + lingerNanos;
                    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                        Frame<K> next = frames.poll(left, TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        pending.add(next);
                    }
                    frames.drainTo(pending);
                    lastWrite = System.nanoTime();
                    write(pending);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException unexpected) {
                    log.warn("{} writer {} failed to write ({})", name, index, unexpected.getMessage());
                } finally {
                    pending.clear();
                }
            }
        }

        /** Every connection of this writer gets what is pending for its key, in one write. */
        private void write(List<Frame<K>> pending) {
            Map<K, byte[]> byKey = new HashMap<>();
            for (Connection<K> connection : connections.values()) {
                if (connection.writer() != this) {
                    continue;
                }
                byte[] bytes = byKey.computeIfAbsent(connection.key(), key -> framesFor(key, pending));
                if (bytes.length == 0) {
                    continue;
                }
                try {
                    connection.out().write(bytes);
                    connection.out().flush();
                } catch (IOException | IllegalStateException gone) {
                    connections.remove(connection.async());
                    complete(connection.async());
                }
            }
        }

        private byte[] framesFor(K key, List<Frame<K>> pending) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Frame<K> frame : pending) {
                if (frame.audience().test(key)) {
                    out.writeBytes(frame.bytes());
                }
            }
            return out.toByteArray();
        }
    }
}
