package com.safeward.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
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
 * sends what came in while it wrote in its next pass, a burst of frames in one send per connection,
 * pausing between passes twice as long as the last took and at most {@code linger} (see
 * {@link SseWriter}), and encodes the frames a key may receive once per key. A
 * slow client delays only its own writer's share, never the sender. A heartbeat comment every 20 s
 * keeps proxies from closing idle connections. Connections are plain servlet async responses with
 * bytes written straight to them, which keeps a thousand consoles cheap to serve. Declared as a bean
 * by the stream that uses it, it ends its streams when the application stops and then its threads.
 * <p>
 * Frames may carry an id ({@code id:}, increasing in the order they are broadcast). A client that
 * reconnects with {@code Last-Event-ID} is registered first, so it misses nothing broadcast from then
 * on, then gets what the stream's {@link CatchUp} says it missed, then the frames broadcast meanwhile;
 * a frame it already has (by id) is never sent twice.
 *
 * @param <K> what a connection is, for deciding which frames it receives
 */
public final class SseFanOut<K> implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SseFanOut.class);
    static final int QUEUE_CAPACITY = 10_000;
    private static final byte[] CONNECTED = ":connected\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEARTBEAT = ":heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);

    /** An encoded frame as sent to one client, with its id (0: none, such as a {@code reset}). */
    public record Sent(long id, byte[] bytes) {
    }

    /**
     * What a client that reconnects missed, read after its connection is registered: the id it
     * already has everything up to ({@code after}: nothing at or below it is sent again, whichever
     * way it comes), and the frames after it in order, or a frame telling it to read everything again.
     */
    public record Replay(long after, List<Sent> frames) {
    }

    /** Reads what a reconnecting client missed (see {@link Replay}). */
    @FunctionalInterface
    public interface CatchUp {
        Replay missed();
    }

    private final String name;
    private final long lingerNanos;
    /** The open connections' keys, one instance per distinct key (hashed when a stream opens and ends). */
    private final SharedKeys<K> keys = new SharedKeys<>();
    private final ThreadPoolExecutor dispatcher;
    private final List<SseWriter<K>> writers = new ArrayList<>();
    private final AtomicInteger nextWriter = new AtomicInteger();
    private final ScheduledExecutorService heartbeat;
    private volatile boolean running;

    /** {@code name} names the threads ({@code alarm-stream}); {@code linger}: the longest pause between two passes of a writer. */
    public SseFanOut(String name, Duration linger) {
        this.name = name;
        this.lingerNanos = linger.toNanos();
        this.dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
                daemon(name + "-"));
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            writers.add(new SseWriter<>(name, i, lingerNanos));
        }
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon(name + "-heartbeat-"));
        heartbeat.scheduleAtFixedRate(() -> broadcast(key -> true, HEARTBEAT), 20, 20, TimeUnit.SECONDS);
    }

    /** Opens the event stream of a request for a connection with this key (nothing to catch up). */
    public void subscribe(K key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        subscribe(key, null, request, response);
    }

    /**
     * Opens the event stream of a request for a connection with this key; when {@code catchUp} is
     * given, the client first gets what it missed (read here, once the connection is registered).
     */
    public void subscribe(K key, CatchUp catchUp, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: do not buffer the stream
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(0);
        ServletOutputStream out = response.getOutputStream();
        SseWriter<K> writer = writers.get(Math.floorMod(nextWriter.getAndIncrement(), writers.size()));
        SseConnection<K> connection = new SseConnection<>(async, out, keys.share(key), writer, catchUp != null, this::left);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                connection.ended();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                connection.close();
            }

            @Override
            public void onError(AsyncEvent event) {
                // The client went away. Completing here stops the container's error dispatch, which
                // would try to write an error page into the event stream.
                connection.close();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        try {
            out.write(CONNECTED);
            out.flush();
        } catch (IOException gone) { // the client left before its stream began: nothing to log
            connection.close();
            return;
        }
        writer.serve(connection);
        if (!connection.isOpen()) { // ended while it was being registered: its leaving found nothing to remove
            writer.forget(connection);
            return;
        }
        if (catchUp != null && !writer.catchUp(connection, catchUp.missed())) {
            connection.close(); // the writer is far behind: the client reconnects and tries again
        }
    }

    /** A connection ended, once: it leaves its writer's share (the open streams) and its key's count. */
    private void left(SseConnection<K> connection) {
        connection.writer().forget(connection);
        keys.release(connection.key());
    }

    /** How many distinct keys the open connections use. */
    int keysInUse() {
        return keys.inUse();
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

    /** An encoded frame without id for every connection whose key the audience accepts. */
    public void broadcast(Predicate<K> audience, byte[] frame) {
        broadcast(audience, 0, frame);
    }

    /** An encoded frame with its id (ids increase in broadcast order) for every connection whose key the audience accepts. */
    public void broadcast(Predicate<K> audience, long id, byte[] frame) {
        for (SseWriter<K> writer : writers) {
            if (!writer.offer(audience, id, frame)) {
                log.warn("{} writer {} is behind; its clients will catch up from the list", name, writer.index());
            }
        }
    }

    /**
     * The id of the last frame a client has: the {@code Last-Event-ID} header a reconnecting
     * EventSource sends, else the {@code lastEventId} parameter (a page's first connection, from the
     * position its list was read at); null when it sent neither, 0 when it is not a number of ours.
     */
    public static Long lastEventId(HttpServletRequest request) {
        String header = request.getHeader("Last-Event-ID");
        String last = header != null ? header : request.getParameter("lastEventId");
        if (last == null) {
            return null;
        }
        try {
            return Long.parseLong(last.strip());
        } catch (NumberFormatException notOurs) {
            return 0L;
        }
    }

    /** An SSE frame: {@code event:}, optional {@code id:}, and the data (one line of JSON). */
    public static byte[] frame(String event, String id, String data) {
        return ("event:" + event + "\n" + (id == null ? "" : "id:" + id + "\n") + "data:" + data + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Ends every open stream (before the web server waits for open requests to finish). */
    public void disconnectAll() {
        writers.forEach(writer -> writer.open().forEach(SseConnection::close));
    }

    /** The keys of the open streams that satisfy the filter (each once). */
    public Set<K> connected(Predicate<K> filter) {
        Set<K> keys = new java.util.HashSet<>();
        for (SseWriter<K> writer : writers) {
            for (SseConnection<K> connection : writer.open()) {
                if (filter.test(connection.key())) {
                    keys.add(connection.key());
                }
            }
        }
        return keys;
    }

    /** Stops the threads. */
    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        dispatcher.shutdownNow();
        writers.forEach(SseWriter::stop);
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

    static CustomizableThreadFactory daemon(String prefix) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
        factory.setDaemon(true);
        return factory;
    }
}
