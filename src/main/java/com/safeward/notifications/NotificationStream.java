package com.safeward.notifications;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.web.Texts;

import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in user's live notifications (SSE event {@code notification}: the unread count and
 * the newest title), so the bell's badge and the guard's task page change the moment something
 * arrives (INC-1, WL-3). Any signed-in person; each stream carries only its own user's events.
 * Sending runs on one thread with a bounded queue, never on the committing thread.
 */
@Controller
class NotificationStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationStream.class);

    /** One open stream and the language its page was shown in. */
    private record Subscription(SseEmitter emitter, Locale locale) {
    }

    private final NotificationCenter center;
    private final Texts texts;
    private final JsonMapper json;
    private final Map<String, Set<Subscription>> byUser = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor sender;
    private volatile boolean running;

    NotificationStream(NotificationCenter center, Texts texts, JsonMapper json) {
        this.center = center;
        this.texts = texts;
        this.json = json;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("notification-stream-");
        threads.setDaemon(true);
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000), threads);
    }

    @GetMapping(value = {"/notifications/stream", "/api/v1/notifications/stream"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(NotificationAccess.PEOPLE)
    @ResponseBody
    SseEmitter subscribe(@AuthenticationPrincipal Actor actor) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscription subscription = new Subscription(emitter, LocaleContextHolder.getLocale());
        Set<Subscription> mine = byUser.computeIfAbsent(actor.username(), u -> ConcurrentHashMap.newKeySet());
        mine.add(subscription);
        Runnable remove = () -> mine.remove(subscription);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException gone) {
            remove.run();
        }
        return emitter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NotificationsSent sent) {
        for (String recipient : sent.recipients()) {
            Set<Subscription> emitters = byUser.get(recipient);
            if (emitters == null || emitters.isEmpty()) {
                continue;
            }
            try {
                sender.execute(() -> push(recipient, emitters, sent.title()));
            } catch (RejectedExecutionException full) {
                log.warn("Notification stream queue full; {} sees the news on the next page load", recipient);
            }
        }
    }

    /** The unread count and the newest title, in the language of each of the user's pages. */
    private void push(String recipient, Set<Subscription> subscriptions, Text title) {
        long unread = center.unreadFor(recipient);
        for (Subscription subscription : subscriptions) {
            String data = json.writeValueAsString(Map.of("unread", unread, "title",
                    texts.render(title, subscription.locale())));
            try {
                subscription.emitter().send(SseEmitter.event().name("notification").data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                subscriptions.remove(subscription);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Streams never end by themselves: close them before the web server waits for open requests. */
    @Override
    public void stop() {
        running = false;
        byUser.values().forEach(subscriptions -> subscriptions.forEach(s -> s.emitter().complete()));
        byUser.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    @PreDestroy
    void close() {
        sender.shutdownNow();
    }
}
