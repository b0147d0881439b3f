package com.safeward.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;
import com.safeward.persistence.DatabaseVendor;

/**
 * Stores device events once per (device, event id) and publishes {@link DeviceEventReceived} for
 * each new one in the same transaction. Returns only after the commit: the caller acknowledges
 * afterwards. A batch is one transaction and one JDBC batch (TEC-1: the intake keeps up with a
 * hospital group's devices because it does not pay a commit per heartbeat).
 */
@Component
class DeviceEventIntake {

    /** What happened to a message. */
    enum Outcome {
        ACCEPTED, DUPLICATE
    }

    /** A validated message from a known device, ready to store. */
    record Arrival(DeviceRef device, DeviceEventMessage message, Transport transport) {
    }

    private static final String INSERT = """
            insert into device_events (device_id, hospital_id, event_id, event_type, occurred_at, received_at,
                transport, data)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    private static final String UNNESTED_INSERT = """
            insert into device_events (device_id, hospital_id, event_id, event_type, occurred_at, received_at,
                transport, data)
            select device_id, hospital_id, event_id, event_type, occurred_at, ?, transport, data
            from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::varchar[], ?::text[])
                as arrival (device_id, hospital_id, event_id, event_type, occurred_at, transport, data)
            on conflict do nothing
            returning id, device_id, event_id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DeviceDirectory devices;
    private final Clock clock;
    private final DatabaseVendor database;

    DeviceEventIntake(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            DeviceDirectory devices, DatabaseVendor database, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.devices = devices;
        this.database = database;
        this.clock = clock;
    }

    Outcome accept(DeviceRef device, DeviceEventMessage message, Transport transport) {
        return acceptAll(List.of(new Arrival(device, message, transport))).get(0);
    }

    /** Stores the arrivals in one transaction; the outcomes are in the arrivals' order. */
    List<Outcome> acceptAll(List<Arrival> arrivals) {
        try {
            return transactions.execute(tx -> store(arrivals));
        } catch (DuplicateKeyException raced) {
            if (arrivals.size() == 1) {
                return List.of(Outcome.DUPLICATE); // the same event arrived twice at once; the other one won
            }
            return arrivals.stream().map(arrival -> accept(arrival.device(), arrival.message(), arrival.transport()))
                    .toList();
        }
    }

    /** One batch decides new or repeated: the unique (device, event id) key does the de-duplication. */
    private List<Outcome> store(List<Arrival> arrivals) {
        Instant received = Instant.now(clock);
        Timestamp receivedAt = Timestamp.from(received);
        Map<String, Long> inserted = database.postgres() ? insertUnnested(arrivals, receivedAt) : insertBatch(arrivals, receivedAt);
        List<Outcome> outcomes = new ArrayList<>(arrivals.size());
        for (Arrival arrival : arrivals) {
            Long id = inserted.remove(key(arrival.device().id(), arrival.message().eventId()));
            if (id == null) {
                outcomes.add(Outcome.DUPLICATE);
                continue;
            }
            DeviceEventMessage message = arrival.message();
            devices.seen(arrival.device().id(), received);
            events.publishEvent(new DeviceEventReceived(id, arrival.device(), message.eventId(), message.type(),
                    message.occurredAt(), received, message.data()));
            outcomes.add(Outcome.ACCEPTED);
        }
        return outcomes;
    }

    /** PostgreSQL: the whole batch is one statement over arrays, returning the rows it inserted. */
    private Map<String, Long> insertUnnested(List<Arrival> arrivals, Timestamp receivedAt) {
        int n = arrivals.size();
        Long[] deviceIds = new Long[n];
        Long[] hospitalIds = new Long[n];
        String[] eventIds = new String[n];
        String[] types = new String[n];
        Timestamp[] occurred = new Timestamp[n];
        String[] transports = new String[n];
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
            Arrival arrival = arrivals.get(i);
            deviceIds[i] = arrival.device().id();
            hospitalIds[i] = arrival.device().hospitalId();
            eventIds[i] = arrival.message().eventId();
            types[i] = arrival.message().type().name();
            occurred[i] = Timestamp.from(arrival.message().occurredAt());
            transports[i] = arrival.transport().name();
            data[i] = arrival.message().data();
        }
        Map<String, Long> inserted = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(UNNESTED_INSERT);
            statement.setTimestamp(1, receivedAt);
            statement.setArray(2, connection.createArrayOf("bigint", deviceIds));
            statement.setArray(3, connection.createArrayOf("bigint", hospitalIds));
            statement.setArray(4, connection.createArrayOf("varchar", eventIds));
            statement.setArray(5, connection.createArrayOf("varchar", types));
            statement.setArray(6, connection.createArrayOf("timestamptz", occurred));
            statement.setArray(7, connection.createArrayOf("varchar", transports));
            statement.setArray(8, connection.createArrayOf("text", data));
            return statement;
        }, row -> {
            inserted.put(key(row.getLong("device_id"), row.getString("event_id")), row.getLong("id"));
        });
        return inserted;
    }

    /** Other databases (H2): one JDBC batch, the inserted rows read back as generated keys. */
    private Map<String, Long> insertBatch(List<Arrival> arrivals, Timestamp receivedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] {"id", "device_id", "event_id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Arrival arrival = arrivals.get(i);
                        statement.setLong(1, arrival.device().id());
                        statement.setLong(2, arrival.device().hospitalId());
                        statement.setString(3, arrival.message().eventId());
                        statement.setString(4, arrival.message().type().name());
                        statement.setTimestamp(5, Timestamp.from(arrival.message().occurredAt()));
                        statement.setTimestamp(6, receivedAt);
                        statement.setString(7, arrival.transport().name());
                        statement.setString(8, arrival.message().data());
                    }

                    @Override
                    public int getBatchSize() {
                        return arrivals.size();
                    }
                }, keys);
        Map<String, Long> inserted = new HashMap<>();
        for (Map<String, Object> row : keys.getKeyList()) {
            inserted.put(key(((Number) value(row, "device_id")).longValue(), (String) value(row, "event_id")),
                    ((Number) value(row, "id")).longValue());
        }
        return inserted;
    }

    private static String key(long deviceId, String eventId) {
        return deviceId + "\u0000" + eventId;
    }

    /** Drivers differ in the case of generated-key column labels. */
    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value != null ? value : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }
}
