package com.safeward.notifications;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;

import com.safeward.organizations.Actor;
import com.safeward.texts.Texts;
import com.safeward.web.SseFanOut;

import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in user's live notifications (SSE event {@code notification}: the unread count and
 * the newest title in the language the page was shown in), so the bell's badge and the guard's task
 * page change the moment something arrives (INC-1, WL-3). Any signed-in person; each stream carries
 * only its own user's events. Sent through the same fan-out as the alarm stream ({@link SseFanOut}),
 * never on the committing thread. Each frame's id is the user's newest notification id: a page that
 * reconnects with {@code Last-Event-ID} gets the current count at once if anything arrived since.
 */
@Controller
class NotificationStream {

    /** One open stream: whose it is, and the language of its page. */
    private record Reader(String username, Locale locale) {
    }

    private final NotificationCenter center;
    private final Texts texts;
    private final JsonMapper json;
    private final SseFanOut<Reader> fanOut;

    NotificationStream(NotificationCenter center, Texts texts, JsonMapper json, SseFanOut<Reader> notificationFanOut) {
        this.center = center;
        this.texts = texts;
        this.json = json;
        this.fanOut = notificationFanOut;
    }

    @GetMapping(value = {"/notifications/stream", "/api/v1/notifications/stream"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(NotificationAccess.PEOPLE)
    void subscribe(@AuthenticationPrincipal Actor actor, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Reader reader = new Reader(actor.username(), LocaleContextHolder.getLocale());
        Long last = SseFanOut.lastEventId(request);
        fanOut.subscribe(reader, last == null ? null : () -> missed(reader, last), request, response);
    }

    /** The current count and newest title when a notification arrived after the client's last frame. */
    private SseFanOut.Replay missed(Reader reader, long seen) {
        return new SseFanOut.Replay(seen, center.latestFor(reader.username()).filter(latest -> latest.newestId() > seen)
                .map(latest -> java.util.List.of(new SseFanOut.Sent(latest.newestId(), frame(latest, reader))))
                .orElse(java.util.List.of()));
    }

    private byte[] frame(NotificationCenter.Latest latest, Reader reader) {
        String data = json.writeValueAsString(Map.of("unread", latest.unread(), "title",
                texts.render(latest.newestTitle(), reader.locale())));
        return SseFanOut.frame("notification", String.valueOf(latest.newestId()), data);
    }

    /** The unread count and the newest title, to each of the recipients' pages in its language. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NotificationsSent sent) {
        fanOut.dispatch(() -> {
            for (String recipient : sent.recipients()) {
                java.util.Set<Reader> pages = fanOut.connected(reader -> reader.username().equals(recipient));
                if (pages.isEmpty()) {
                    continue;
                }
                center.latestFor(recipient).ifPresent(latest -> {
                    for (Reader page : pages) {
                        fanOut.broadcast(page::equals, latest.newestId(), frame(latest, page));
                    }
                });
            }
        }, sent.recipients().size() + " users see the news on their next page");
    }

    @Configuration(proxyBeanMethods = false)
    static class FanOut {
        /** Every open page's connection, with its user and language; a notification goes out at once. */
        @Bean
        SseFanOut<Reader> notificationFanOut() {
            return new SseFanOut<>("notification-stream", Duration.ZERO);
        }
    }
}
