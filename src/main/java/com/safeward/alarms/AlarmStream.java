package com.safeward.alarms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.safeward.organizations.DataScope;

import tools.jackson.databind.json.JsonMapper;

/**
 * Live alarm stream for consoles and integrators (SSE event {@code alarm}, data: the alarm and
 * what changed; SSE event {@code realert} for alarms still unacknowledged; SSE event
 * {@code watchlist} when a listed person is screened, WL-3). Each subscriber receives only events
 * of its data scope.
 * <p>
 * INC-1 asks for the alarm at the monitoring center at once, with many consoles open: the
 * committing thread only hands the change over; one dispatcher loads the alarm and encodes the
 * SSE frame once; the subscribers are spread over several writer threads, each with a bounded
 * queue; each writes at most once per linger ({@code safeward.alarms.stream.linger}, 20 ms), every
 * frame pending for a subscriber in one write, and at once after a quiet spell. A slow client therefore
 * delays only its own writer's share, never the intake. A heartbeat comment every 20 s keeps
 * proxies from closing idle connections. Frames of this node reach the consoles of the other nodes
 * through {@link AlarmStreamRelay}.
 */
@Component
class AlarmStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlarmStream.class);
    private static final int QUEUE_CAPACITY = 10_000;
    private static final byte[] CONNECTED = ":connected\n\n".getBytes(StandardCharsets.US_ASCII);
    /** Re-alerted alarms per {@code realert} event: keeps each frame small enough to relay. */
    private static final int REALERT_IDS_PER_FRAME = 200;

    /** What a subscriber receives for each change. */
    record AlarmEvent(String change, AlarmView alarm) {
    }

    /** An encoded SSE frame for one hospital's subscribers, or for everyone when hospitalId is null. */
    private record Frame(Long hospitalId, byte[] bytes) {
    }

    /** One open response: written only by its writer thread once registered. */
    private record Subscriber(AsyncContext async, ServletOutputStream out, DataScope scope, Writer writer) {

        void close() {
            complete(async);
        }
    }

    private static void complete(AsyncContext async) {
        try {
            async.complete();
        } catch (IllegalStateException alreadyDone) {
            // the container completed it first (client gone, server stopping)
        }
    }

    private final AlarmHandling handling;
    private final JsonMapper json;
    private final AlarmStreamRelay relay;
    private final Map<AsyncContext, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY), daemon("alarm-stream-"));
    private final List<Writer> writers = new ArrayList<>();
    private final AtomicInteger nextWriter = new AtomicInteger();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            daemon("alarm-heartbeat-"));
    private volatile boolean running;

    /** The least time between two writes of a writer (one send per subscriber for a burst instead of one per frame). */
    private final long lingerNanos;

    AlarmStream(AlarmHandling handling, JsonMapper json, AlarmStreamRelay relay,
            @org.springframework.beans.factory.annotation.Value("${safeward.alarms.stream.linger}")
            java.time.Duration linger) {
        this.handling = handling;
        this.json = json;
        this.relay = relay;
        this.lingerNanos = linger.toNanos();
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            writers.add(new Writer(i));
        }
        heartbeat.scheduleAtFixedRate(this::heartbeat, 20, 20, TimeUnit.SECONDS);
    }

    private static CustomizableThreadFactory daemon(String prefix) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
        factory.setDaemon(true);
        return factory;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Streams never end by themselves: close them before the web server waits for open requests. */
    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(Subscriber::close);
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /**
     * Opens an SSE response on the servlet's own async support: frames are plain bytes written
     * straight to the connection, which keeps a thousand consoles cheap to serve.
     */
    void subscribe(DataScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: do not buffer the stream
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(0);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                subscribers.remove(async);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                subscribers.remove(async);
                complete(async);
            }

            @Override
            public void onError(AsyncEvent event) {
                // A console went away. Completing here stops the container's error dispatch, which
                // would try to write an error page into the event stream.
                subscribers.remove(async);
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
        subscribers.put(async, new Subscriber(async, out, scope, writer));
    }

    /**
     * Runs on the committing thread (an intake worker, before the device hears "received"), so it
     * only hands over: building the view and encoding it happen on the dispatcher thread, in order.
     * A new alarm is shown as raised, without reading it back (INC-1: first in line).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmRaised raised) {
        hand(raised.alarm().id(), () -> new AlarmEvent("RAISED", handling.asRaised(raised.alarm(), raised.device())),
                true);
    }

    /** Any later change: the alarm is read back with its trail and guards. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmChanged change) {
        if (!"RAISED".equals(change.change())) {
            hand(change.alarmId(),
                    () -> new AlarmEvent(change.change(), handling.get(change.alarmId(), DataScope.all())), true);
        }
    }

    /**
     * INC-1 re-alert: nothing about the alarms changed, so a sweep's re-alerts of a hospital go out
     * as one small SSE event {@code realert} (data: hospitalId and alarmIds), not as the alarms again.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmsReAlerted reAlerted) {
        try {
            dispatcher.execute(() -> {
                List<Long> ids = reAlerted.alarmIds();
                for (int from = 0; from < ids.size(); from += REALERT_IDS_PER_FRAME) {
                    AlarmsReAlerted part = new AlarmsReAlerted(reAlerted.hospitalId(),
                            ids.subList(from, Math.min(ids.size(), from + REALERT_IDS_PER_FRAME)));
                    publish(new Frame(part.hospitalId(), ("event:realert\ndata:" + json.writeValueAsString(part)
                            + "\n\n").getBytes(StandardCharsets.UTF_8)), null, null);
                }
            });
        } catch (RejectedExecutionException full) {
            log.warn("Alarm stream queue full; re-alert of {} alarms not streamed", reAlerted.alarmIds().size());
        }
    }

    /**
     * WL-3: a listed person screened at a hospital reaches that hospital's consoles at once as an
     * SSE event {@code watchlist} (no identity: the screening's id, outcome and risk level).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(com.safeward.watchlist.HighRiskPersonScreened screened) {
        try {
            dispatcher.execute(() -> {
                String data = json.writeValueAsString(java.util.Map.of("screeningId", screened.screeningId(),
                        "hospitalId", screened.hospitalId(), "outcome", screened.outcome().name(),
                        "riskLevel", screened.riskLevel().name(), "link", "/screenings/" + screened.screeningId()));
                publish(new Frame(screened.hospitalId(), ("event:watchlist\nid:s" + screened.screeningId() + "\ndata:"
                        + data + "\n\n").getBytes(StandardCharsets.UTF_8)), null, null);
            });
        } catch (RejectedExecutionException full) {
            log.warn("Alarm stream queue full; screening {} shows in the notifications only", screened.screeningId());
        }
    }

    /**
     * Another node streamed this (it has consoles of its own, {@link AlarmStreamRelay}): this node's
     * consoles get it too, and it is not relayed again.
     */
    @EventListener
    void on(AlarmStreamRelay.Relayed relayed) {
        if (relayed.alarmId() != null) {
            long alarmId = relayed.alarmId();
            hand(alarmId, () -> new AlarmEvent(relayed.change(), handling.get(alarmId, DataScope.all())), false);
            return;
        }
        try {
            dispatcher.execute(() -> broadcast(new Frame(relayed.hospitalId(),
                    relayed.frame().getBytes(StandardCharsets.UTF_8))));
        } catch (RejectedExecutionException full) {
            log.warn("Alarm stream queue full; a frame from another node is not streamed");
        }
    }

    /** Builds the alarm's frame on the dispatcher thread; streams it, and relays it if it happened on this node. */
    private void hand(long alarmId, java.util.function.Supplier<AlarmEvent> event, boolean here) {
        try {
            dispatcher.execute(() -> {
                try {
                    AlarmEvent built = event.get();
                    String frame = "event:alarm\nid:" + built.alarm().id() + "\ndata:" + json.writeValueAsString(built)
                            + "\n\n";
                    Frame encoded = new Frame(built.alarm().hospitalId(), frame.getBytes(StandardCharsets.UTF_8));
                    if (here) {
                        publish(encoded, alarmId, built.change());
                    } else {
                        broadcast(encoded);
                    }
                } catch (RuntimeException failed) {
                    log.warn("Alarm {} not streamed ({}); consoles will catch up from the list", alarmId,
                            failed.getMessage());
                }
            });
        } catch (RejectedExecutionException full) {
            log.warn("Alarm stream queue full; consoles will catch up from the list (alarm {})", alarmId);
        }
    }

    /** A frame of this node: to its own consoles first, then to the other nodes' (alarm frames may go as a reference). */
    private void publish(Frame frame, Long alarmId, String change) {
        broadcast(frame);
        relay.send(frame.hospitalId(), frame.bytes(), alarmId, change);
    }

    private void broadcast(Frame frame) {
        for (Writer writer : writers) {
            if (!writer.frames.offer(frame)) {
                log.warn("Alarm stream writer {} is behind; its consoles will catch up from the list", writer.index);
            }
        }
    }

    private void heartbeat() {
        broadcast(new Frame(null, ":heartbeat\n\n".getBytes(StandardCharsets.UTF_8)));
    }

    /** One writer thread and its share of the subscribers. */
    private final class Writer {
        final int index;
        final BlockingQueue<Frame> frames = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        final Thread thread;

        Writer(int index) {
            this.index = index;
            this.thread = daemon("alarm-writer-" + index + "-").newThread(this::run);
            thread.start();
        }

        private void run() {
            List<Frame> pending = new ArrayList<>();
            long lastWrite = System.nanoTime() - lingerNanos;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    pending.add(frames.take());
                    // Sending is what costs (a system call and the TCP path per subscriber): at most one
                    // write per linger, so frames that come in a burst go out together, one send per
                    // subscriber. A frame after a quiet spell goes out at once.
                    long deadline = lastWrite + lingerNanos;
                    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                        Frame next = frames.poll(left, TimeUnit.NANOSECONDS);
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
                    log.warn("Alarm stream writer {} failed to write ({})", index, unexpected.getMessage());
                } finally {
                    pending.clear();
                }
            }
        }

        /** Every subscriber of this writer gets what is pending in its scope, in one write. */
        private void write(List<Frame> pending) {
            Map<DataScope, byte[]> byScope = new HashMap<>();
            for (Subscriber subscriber : subscribers.values()) {
                if (subscriber.writer() != this) {
                    continue;
                }
                byte[] bytes = byScope.computeIfAbsent(subscriber.scope(), scope -> framesIn(scope, pending));
                if (bytes.length == 0) {
                    continue;
                }
                try {
                    subscriber.out().write(bytes);
                    subscriber.out().flush();
                } catch (IOException | IllegalStateException gone) {
                    subscribers.remove(subscriber.async());
                    subscriber.close();
                }
            }
        }

        private byte[] framesIn(DataScope scope, List<Frame> pending) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Frame frame : pending) {
                if (frame.hospitalId() == null || scope.includes(frame.hospitalId())) {
                    out.writeBytes(frame.bytes());
                }
            }
            return out.toByteArray();
        }
    }

    @PreDestroy
    void close() {
        heartbeat.shutdownNow();
        dispatcher.shutdownNow();
        writers.forEach(writer -> writer.thread.interrupt());
    }
}
