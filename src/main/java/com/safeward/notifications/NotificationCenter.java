package com.safeward.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.web.UnreadNotifications;

/** The in-app notification center: send to named users; each reads and marks only their own. */
@Service
@Transactional
public class NotificationCenter implements UnreadNotifications {

    private final JdbcClient jdbc;
    private final NotificationChannels channels;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    NotificationCenter(JdbcClient jdbc, NotificationChannels channels, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * One notification to each recipient, in the caller's transaction, and a delivery queued on
     * each channel of the hospital (or system-wide) subscribed to the kind.
     */
    public void send(Collection<String> recipients, Long hospitalId, String kind, String title, String body,
            String link) {
        channels.enqueue(hospitalId, kind, title, body, link);
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (String recipient : recipients) {
            jdbc.sql("""
                    insert into notifications (recipient, hospital_id, kind, title, body, link, created_at)
                    values (:recipient, :hospital, :kind, :title, :body, :link, :at)""")
                    .param("recipient", recipient).param("hospital", hospitalId).param("kind", kind)
                    .param("title", title).param("body", body).param("link", link).param("at", now).update();
        }
        if (!recipients.isEmpty()) {
            events.publishEvent(new NotificationsSent(List.copyOf(recipients), title));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadFor(String username) {
        return jdbc.sql("select count(*) from notifications where recipient = :u and read_at is null")
                .param("u", username).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Page<NotificationView> of(String username, Pageable pageable) {
        long total = jdbc.sql("select count(*) from notifications where recipient = :u").param("u", username)
                .query(Long.class).single();
        var rows = jdbc.sql("select * from notifications where recipient = :u order by created_at desc, id desc "
                + "limit :limit offset :offset").param("u", username).param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query(NotificationCenter::row).list();
        return new PageImpl<>(rows, pageable, total);
    }

    public void markRead(long id, String username) {
        int changed = jdbc.sql("update notifications set read_at = :at where id = :id and recipient = :u and read_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("id", id).param("u", username).update();
        if (changed == 0 && jdbc.sql("select count(*) from notifications where id = :id and recipient = :u")
                .param("id", id).param("u", username).query(Long.class).single() == 0) {
            throw new NotFound("notification", id);
        }
    }

    public void markAllRead(String username) {
        jdbc.sql("update notifications set read_at = :at where recipient = :u and read_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("u", username).update();
    }

    private static NotificationView row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new NotificationView(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getObject("hospital_id", Long.class), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
