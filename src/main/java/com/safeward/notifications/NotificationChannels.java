package com.safeward.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.persistence.PagedQuery;
import com.safeward.personaldata.SecretBox;
import com.safeward.texts.Texts;

/**
 * Channels and their deliveries. A notification queues one delivery per matching channel in the
 * sender's transaction; a persistent task sends it and retries with back-off (1 min, 5 min, 15 min,
 * 1 h …) until sent or {@code max-attempts} is reached, logging every attempt.
 */
@Service
@Transactional
class NotificationChannels {

    static final String TASK = "notification-delivery";
    private static final Logger log = LoggerFactory.getLogger(NotificationChannels.class);
    private static final Duration[] BACKOFF = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1)};

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final ChannelSender sender;
    private final OutboundAddresses addresses;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Long> delivery;
    private final AuditTrail audit;
    private final Texts texts;
    private final OrganizationDirectory organizations;
    private final Clock clock;
    private final int maxAttempts;

    NotificationChannels(JdbcClient jdbc, SecretBox secrets, ChannelSender sender, OutboundAddresses addresses,
            ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Long> notificationDelivery, AuditTrail audit,
            Texts texts, OrganizationDirectory organizations, Clock clock, @Value("${safeward.notifications.max-attempts}") int maxAttempts) {
        this.texts = texts;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.sender = sender;
        this.addresses = addresses;
        this.scheduler = scheduler;
        this.delivery = notificationDelivery;
        this.audit = audit;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    ChannelView create(ChannelForm form, Actor actor, DataScope scope) {
        if (form.hospitalId == null ? actor.role() != Role.SYSTEM_ADMIN : !scope.includes(form.hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        validateTarget(form);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into notification_channels (hospital_id, name, kind, target, secret_cipher, kinds, created_by, created_at)
                values (:h, :name, :kind, :target, :secret, :kinds, :by, :at)""")
                .param("h", form.hospitalId).param("name", form.name.trim()).param("kind", form.kind.name())
                .param("target", form.target.trim())
                .param("secret", form.secret == null || form.secret.isBlank() ? null : secrets.seal(form.secret.trim()))
                .param("kinds", form.kinds.replace(" ", "")).param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock))).update(key, "id");
        ChannelView view = channel(key.getKeyAs(Number.class).longValue());
        audit.record(AuditEntry.created("NotificationChannel", view.id(), view.hospitalId(), view));
        return view;
    }

    void setEnabled(long id, boolean enabled, Actor actor, DataScope scope) {
        ChannelView channel = managed(id, actor, scope);
        jdbc.sql("update notification_channels set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "NotificationChannel", id, channel.hospitalId(),
                Text.of(enabled ? "audit.channel.enabled" : "audit.channel.disabled")));
    }

    /** The channels the actor manages: every one for system admins, their hospitals' for hospital admins. */
    @Transactional(readOnly = true)
    Page<ChannelView> list(DataScope scope, Pageable pageable) {
        return scope.limit(new PagedQuery(), "hospital_id").page(jdbc, "notification_channels", "id",
                this::channelRow, pageable);
    }

    /** The channel's deliveries, newest first, with their attempts and last error. */
    @Transactional(readOnly = true)
    Page<DeliveryView> deliveries(long channelId, Actor actor, DataScope scope, Pageable pageable) {
        managed(channelId, actor, scope);
        return new PagedQuery().and("channel_id = :c", "c", channelId).page(jdbc, "notification_deliveries", "id desc",
                NotificationChannels::deliveryRow, pageable);
    }

    /**
     * Queues a delivery on each enabled channel of the hospital (or system-wide) subscribed to the
     * kind, its texts in Chinese (the language of the hospitals' group chats and mailboxes).
     */
    void enqueue(Notice notice) {
        Long hospitalId = notice.hospitalId();
        String kind = notice.kind().name();
        String link = notice.link();
        record Subscription(long id, String kinds) {
        }
        List<Subscription> channels = jdbc.sql("select id, kinds from notification_channels where enabled = true and "
                + "(hospital_id is null or hospital_id = :h)").param("h", hospitalId == null ? -1L : hospitalId)
                .query((rs, n) -> new Subscription(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(channel -> subscribed(channel.kinds(), kind)).toList();
        if (channels.isEmpty()) {
            return; // most hospitals have no group chat for most kinds: nothing to render
        }
        String title = texts.render(notice.title(), Texts.OUTBOUND);
        String body = notice.body() == null ? null : texts.render(notice.body(), Texts.OUTBOUND);
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (Subscription channel : channels) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into notification_deliveries (channel_id, kind, title, body, link, hospital_id, status, created_at)
                    values (:c, :kind, :title, :body, :link, :h, 'PENDING', :at)""")
                    .param("c", channel.id()).param("kind", kind).param("title", title).param("body", body)
                    .param("link", link).param("h", hospitalId).param("at", now).update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            scheduler.getObject().schedule(delivery.instance(String.valueOf(id), id), now.toInstant());
        }
    }

    /** One attempt; on failure the next is scheduled, until the attempts run out. */
    String attempt(long deliveryId) {
        record Pending(long channel, String kind, String title, String body, String link, Long hospital, int attempts,
                String status) {
        }
        Pending pending = jdbc.sql("select * from notification_deliveries where id = :id").param("id", deliveryId)
                .query((rs, n) -> new Pending(rs.getLong("channel_id"), rs.getString("kind"), rs.getString("title"),
                        rs.getString("body"), rs.getString("link"), rs.getObject("hospital_id", Long.class),
                        rs.getInt("attempts"), rs.getString("status")))
                .optional().orElse(null);
        if (pending == null || !"PENDING".equals(pending.status())) {
            return pending == null ? "GONE" : pending.status();
        }
        record Target(ChannelKind kind, String target, String secret) {
        }
        Target target = jdbc.sql("select kind, target, secret_cipher from notification_channels where id = :id")
                .param("id", pending.channel())
                .query((rs, n) -> new Target(ChannelKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .single();
        int attempts = pending.attempts() + 1;
        Instant now = Instant.now(clock);
        try {
            sender.send(target.kind(), target.target(), target.secret() == null ? null : secrets.open(target.secret()),
                    new ChannelSender.Message(pending.kind(), pending.title(), pending.body(), pending.link(), pending.hospital()));
            jdbc.sql("update notification_deliveries set status = 'SENT', attempts = :a, sent_at = :at, last_error = null "
                    + "where id = :id").param("a", attempts).param("at", Timestamp.from(now)).param("id", deliveryId).update();
            return "SENT";
        } catch (Exception failure) {
            String error = diagnostic(failure);
            boolean giveUp = attempts >= maxAttempts;
            jdbc.sql("update notification_deliveries set status = :s, attempts = :a, last_error = :e where id = :id")
                    .param("s", giveUp ? "FAILED" : "PENDING").param("a", attempts)
                    .param("e", error.length() > 500 ? error.substring(0, 500) : error).param("id", deliveryId).update();
            if (!giveUp) {
                Instant next = now.plus(BACKOFF[Math.min(attempts - 1, BACKOFF.length - 1)]);
                scheduler.getObject().schedule(delivery.instance(deliveryId + "#" + attempts, deliveryId), next);
            }
            log.warn("Delivery {} through channel {} failed (attempt {}): {}", deliveryId, pending.channel(), attempts, error);
            return giveUp ? "FAILED" : "PENDING";
        }
    }

    /** What went wrong, as a line for the administrator's diagnosis (shown as such, like a log line). */
    private static String diagnostic(Exception failure) {
        if (failure instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (failure instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static boolean subscribed(String kinds, String kind) {
        return Arrays.stream(kinds.split(",")).anyMatch(k -> k.equals("*") || k.equals(kind));
    }

    private void validateTarget(ChannelForm form) { // SSRF: OutboundAddresses
        if (!Arrays.stream(form.kinds.replace(" ", "").split(",")).allMatch(k -> k.equals("*") || NotificationKind.known(k))) {
            throw new RuleViolation("kinds", "validation.channel.kinds");
        }
        if (form.kind == ChannelKind.EMAIL) {
            if (!Arrays.stream(form.target.split("\\s*,\\s*")).allMatch(a -> a.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                throw new RuleViolation("target", "validation.channel.emails");
            }
        } else if (!form.target.trim().matches("https?://\\S+")) {
            throw new RuleViolation("target", "validation.channel.url");
        } else {
            addresses.check(form.kind, form.target.trim());
        }
    }

    /** The channel, when the actor manages it; else 404. */
    ChannelView managed(long id, Actor actor, DataScope scope) {
        ChannelView channel = channel(id);
        if (channel == null || !manages(channel, actor, scope)) {
            throw new NotFound("notification channel", id);
        }
        return channel;
    }

    private static boolean manages(ChannelView channel, Actor actor, DataScope scope) {
        return actor.role() == Role.SYSTEM_ADMIN || channel.hospitalId() != null && scope.includes(channel.hospitalId());
    }

    private ChannelView channel(long id) {
        return jdbc.sql("select * from notification_channels where id = :id").param("id", id)
                .query(this::channelRow).optional().orElse(null);
    }

    private ChannelView channelRow(ResultSet rs, int n) throws SQLException {
        Long hospital = rs.getObject("hospital_id", Long.class);
        return new ChannelView(rs.getLong("id"), hospital,
                hospital == null ? null : organizations.hospitalLabel(hospital).orElse(null), rs.getString("name"),
                ChannelKind.valueOf(rs.getString("kind")), rs.getString("target"), rs.getString("secret_cipher") != null,
                rs.getString("kinds"), rs.getBoolean("enabled"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static DeliveryView deliveryRow(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new DeliveryView(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("kind"), rs.getString("title"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }

    @Configuration
    static class Delivery {
        @Bean
        OneTimeTask<Long> notificationDelivery(ObjectProvider<NotificationChannels> channels) {
            return Tasks.oneTime(TASK, Long.class).execute((instance, context) ->
                    channels.getObject().attempt(instance.getData()));
        }
    }
}
