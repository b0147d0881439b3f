package com.safeward.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;

/**
 * Stores a device event once per (device, event id) and publishes {@link DeviceEventReceived} in
 * the same transaction. Returns only after the commit: the caller acknowledges afterwards.
 */
@Component
class DeviceEventIntake {

    /** What happened to a message. */
    enum Outcome {
        ACCEPTED, DUPLICATE
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DeviceDirectory devices;
    private final Clock clock;

    DeviceEventIntake(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            DeviceDirectory devices, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.devices = devices;
        this.clock = clock;
    }

    Outcome accept(DeviceRef device, DeviceEventMessage message, Transport transport) {
        try {
            return transactions.execute(tx -> store(device, message, transport));
        } catch (DuplicateKeyException raced) {
            return Outcome.DUPLICATE; // the same event arrived twice at once; the other one won
        }
    }

    /** One statement decides new or repeated: the unique (device, event id) key does the de-duplication. */
    private Outcome store(DeviceRef device, DeviceEventMessage message, Transport transport) {
        Instant received = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                insert into device_events (device_id, hospital_id, event_id, event_type, occurred_at, received_at,
                    transport, data)
                values (:device, :hospital, :event, :type, :occurred, :received, :transport, :data)
                on conflict do nothing""")
                .param("device", device.id()).param("hospital", device.hospitalId())
                .param("event", message.eventId()).param("type", message.type().name())
                .param("occurred", Timestamp.from(message.occurredAt())).param("received", Timestamp.from(received))
                .param("transport", transport.name()).param("data", message.data())
                .update(key, "id");
        if (inserted == 0) {
            return Outcome.DUPLICATE;
        }
        long id = key.getKeyAs(Number.class).longValue();
        devices.seen(device.id(), received);
        events.publishEvent(new DeviceEventReceived(id, device, message.eventId(), message.type(),
                message.occurredAt(), received, message.data()));
        return Outcome.ACCEPTED;
    }
}
