package com.safeward.alarms;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.safeward.organizations.DataScope;

import tools.jackson.databind.json.JsonMapper;

/**
 * Live alarm stream for consoles and integrators (SSE event {@code alarm}, data: the alarm and
 * what changed). Each subscriber receives only alarms of its data scope. Sending happens on one
 * thread with a bounded queue, so a slow client never holds up the intake; a heartbeat comment
 * every 20 s keeps proxies from closing idle connections.
 */
@Component
class AlarmStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlarmStream.class);

    /** What a subscriber receives for each change. */
    record AlarmEvent(String change, AlarmView alarm) {
    }

    private final AlarmHandling handling;
    private final JsonMapper json;
    private final Map<SseEmitter, DataScope> subscribers = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(10_000), daemon("alarm-stream-"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            daemon("alarm-heartbeat-"));
    private volatile boolean running;

    AlarmStream(AlarmHandling handling, JsonMapper json) {
        this.handling = handling;
        this.json = json;
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
        subscribers.keySet().forEach(SseEmitter::complete);
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

    SseEmitter subscribe(DataScope scope) {
        SseEmitter emitter = new SseEmitter(0L);
        subscribers.put(emitter, scope);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException gone) {
            subscribers.remove(emitter);
        }
        return emitter;
    }

    /**
     * Runs on the committing thread (an intake worker, before the device hears "received"), so it
     * only hands over: loading the alarm and writing it out happen on the sender thread, in order.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmChanged change) {
        try {
            sender.execute(() -> {
                try {
                    broadcast(new AlarmEvent(change.change(), handling.get(change.alarmId(), DataScope.all())));
                } catch (RuntimeException failed) {
                    log.warn("Alarm {} not streamed ({}); consoles will catch up from the list", change.alarmId(),
                            failed.getMessage());
                }
            });
        } catch (RejectedExecutionException full) {
            log.warn("Alarm stream queue full; consoles will catch up from the list (alarm {})", change.alarmId());
        }
    }

    /** The event is serialized once, then written to every subscriber whose scope includes it. */
    private void broadcast(AlarmEvent event) {
        String data = json.writeValueAsString(event);
        String id = String.valueOf(event.alarm().id());
        Set<Map.Entry<SseEmitter, DataScope>> entries = subscribers.entrySet();
        for (Map.Entry<SseEmitter, DataScope> entry : entries) {
            if (!entry.getValue().includes(event.alarm().hospitalId())) {
                continue;
            }
            try {
                entry.getKey().send(SseEmitter.event().name("alarm").id(id).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                subscribers.remove(entry.getKey());
            }
        }
    }

    private void heartbeat() {
        sender.execute(() -> subscribers.keySet().forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException gone) {
                subscribers.remove(emitter);
            }
        }));
    }

    @PreDestroy
    void close() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
    }
}
