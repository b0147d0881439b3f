package com.safeward.brokeraccess;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.safeward.devices.DeviceCredentialsChanged;
import com.safeward.personaldata.SecretBox;

/**
 * The queue of device credentials an external broker has still to learn (Mosquitto's dynamic
 * security): a change is queued in the registry's own transaction (a synchronous listener, so the
 * plain token never leaves the transaction except sealed), and taken off only when the broker
 * confirmed it. A newer change of the same device replaces an older one still waiting, keeping its
 * token when the newer one brings none. Nothing is queued while no such broker is configured.
 */
@Component
class BrokerCredentialQueue {

    /** A waiting change: {@code password} opened for sending (null when the token did not change). */
    record Change(long deviceId, String username, String password, boolean heard, Instant queuedAt, int attempts) {

        @Override
        public String toString() {
            return "Change[" + username + ", heard=" + heard + "]";
        }
    }

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final BrokerAccessProperties properties;
    private final Clock clock;
    private volatile Runnable onQueued = () -> { };

    BrokerCredentialQueue(JdbcClient jdbc, SecretBox secrets, BrokerAccessProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    /** Who to wake once a change is committed (the broker's synchroniser). */
    void onQueued(Runnable wake) {
        this.onQueued = wake;
    }

    @EventListener
    void on(DeviceCredentialsChanged changed) {
        if (!properties.dynamicSecurity().enabled()) {
            return;
        }
        String sealed = changed.token() == null ? null : secrets.seal(changed.token());
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.sql("""
                update broker_credential_changes set username = :username, heard = :heard, queued_at = :now, attempts = 0,
                    sealed_password = coalesce(:sealed, sealed_password)
                where device_id = :device""").param("username", changed.username()).param("heard", changed.heard())
                .param("now", now).param("sealed", sealed).param("device", changed.deviceId()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into broker_credential_changes (device_id, username, sealed_password, heard, queued_at)
                    values (:device, :username, :sealed, :heard, :now)""").param("device", changed.deviceId())
                    .param("username", changed.username()).param("sealed", sealed).param("heard", changed.heard())
                    .param("now", now).update();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onQueued.run();
                }
            });
        } else {
            onQueued.run();
        }
    }

    /** The oldest waiting changes. */
    List<Change> waiting(int limit) {
        return jdbc.sql("select * from broker_credential_changes order by queued_at, device_id limit :limit")
                .param("limit", limit).query((rs, n) -> {
                    String sealed = rs.getString("sealed_password");
                    return new Change(rs.getLong("device_id"), rs.getString("username"),
                            sealed == null ? null : secrets.open(sealed), rs.getBoolean("heard"),
                            rs.getTimestamp("queued_at").toInstant(), rs.getInt("attempts"));
                }).list();
    }

    /** The broker has it: off the queue, unless a newer change came meanwhile. */
    void confirmed(Change change) {
        jdbc.sql("delete from broker_credential_changes where device_id = :device and queued_at = :queued")
                .param("device", change.deviceId()).param("queued", Timestamp.from(change.queuedAt())).update();
    }

    void failed(Change change) {
        jdbc.sql("update broker_credential_changes set attempts = attempts + 1 where device_id = :device")
                .param("device", change.deviceId()).update();
    }

    long size() {
        return jdbc.sql("select count(*) from broker_credential_changes").query(Long.class).single();
    }
}
