package com.safeward.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.persistence.PagedQuery;
import com.safeward.texts.TextJson;
import com.safeward.texts.Texts;
import com.safeward.web.UnreadNotifications;

/**
 * The in-app notification center: writes a {@link Notice} for each of its recipients (and queues it
 * on the hospital's channels); each person reads and marks only their own, in their language.
 */
@Service
@Transactional
class NotificationCenter implements UnreadNotifications {

    private final JdbcClient jdbc;
    private final NotificationChannels channels;
    private final TextJson textJson;
    private final Texts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationCenter(JdbcClient jdbc, NotificationChannels channels, TextJson textJson, Texts texts, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.textJson = textJson;
        this.texts = texts;
        this.clock = clock;
        this.events = events;
    }

    /** One notification per recipient, in the caller's transaction, and a delivery on each subscribed channel. */
    void send(Notice notice) {
        channels.enqueue(notice);
        Timestamp now = Timestamp.from(Instant.now(clock));
        String title = textJson.write(notice.title());
        String body = textJson.write(notice.body());
        for (String recipient : notice.recipients()) {
            jdbc.sql("""
                    insert into notifications (recipient, hospital_id, kind, title_text, body_text, link, created_at)
                    values (:recipient, :hospital, :kind, :title, :body, :link, :at)""")
                    .param("recipient", recipient).param("hospital", notice.hospitalId())
                    .param("kind", notice.kind().name()).param("title", title).param("body", body)
                    .param("link", notice.link()).param("at", now).update();
        }
        if (!notice.recipients().isEmpty()) {
            events.publishEvent(new NotificationsSent(notice.recipients(), notice.title()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadFor(String username) {
        return jdbc.sql("select count(*) from notifications where recipient = :u and read_at is null")
                .param("u", username).query(Long.class).single();
    }

    /** What a user's open pages show live: the unread count, and the newest notification's id and title. */
    record Latest(long unread, long newestId, com.safeward.kernel.Text newestTitle) {
    }

    /** The user's {@link Latest}; empty when the user has no notification. */
    @Transactional(readOnly = true)
    java.util.Optional<Latest> latestFor(String username) {
        return jdbc.sql("select id, title_text, title from notifications where recipient = :u order by id desc limit 1")
                .param("u", username).query((rs, n) -> {
                    String titleText = rs.getString("title_text");
                    return new Latest(0, rs.getLong("id"), titleText == null
                            ? com.safeward.kernel.Text.of("notice.text", rs.getString("title")) : textJson.read(titleText));
                }).optional()
                .map(newest -> new Latest(unreadFor(username), newest.newestId(), newest.newestTitle()));
    }

    /** The user's notifications, newest first, in the request's language. */
    @Transactional(readOnly = true)
    Page<NotificationView> of(String username, Pageable pageable) {
        return new PagedQuery().and("recipient = :u", "u", username)
                .page(jdbc, "notifications", "created_at desc, id desc", this::row, pageable);
    }

    void markRead(long id, String username) {
        int changed = jdbc.sql("update notifications set read_at = :at where id = :id and recipient = :u and read_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("id", id).param("u", username).update();
        if (changed == 0 && jdbc.sql("select count(*) from notifications where id = :id and recipient = :u")
                .param("id", id).param("u", username).query(Long.class).single() == 0) {
            throw new NotFound("notification", id);
        }
    }

    void markAllRead(String username) {
        jdbc.sql("update notifications set read_at = :at where recipient = :u and read_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("u", username).update();
    }

    /** Notifications written before texts were kept as messages show their stored Chinese text. */
    private NotificationView row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        String titleText = rs.getString("title_text");
        String bodyText = rs.getString("body_text");
        return new NotificationView(rs.getLong("id"), rs.getString("kind"),
                titleText == null ? rs.getString("title") : texts.render(textJson.read(titleText)),
                bodyText == null ? rs.getString("body") : texts.render(textJson.read(bodyText)),
                rs.getString("link"), rs.getObject("hospital_id", Long.class), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
