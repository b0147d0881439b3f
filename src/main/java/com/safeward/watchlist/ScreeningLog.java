package com.safeward.watchlist;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.safeward.persistence.DatabaseVendor;

/**
 * Records screenings without a match in groups: a request hands its record over and waits until
 * the group it is in is committed (one transaction for all the screenings that arrived meanwhile:
 * one statement over arrays on PostgreSQL, a JDBC batch elsewhere), so every answer still comes after its record is stored (WL-2), without a
 * commit per screening when a hospital information system sends thousands a second. The queue
 * is bounded: when it is full, the request is refused rather than left waiting.
 */
@Component
class ScreeningLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScreeningLog.class);
    private static final int BATCH = 500;
    private static final String INSERT = """
            insert into screenings (hospital_id, context, department_id, ward, staff, document_type, document_masked,
                name_masked, outcome, source, screened_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'NONE', ?, ?)""";
    /** PostgreSQL: ids are drawn from the table's sequence in blocks, then a group is one statement over arrays. */
    private static final String NEXT_IDS = "select nextval(pg_get_serial_sequence('screenings', 'id')) from generate_series(1, ?)";
    private static final int ID_BLOCK = 1000;
    private static final String UNNESTED_INSERT = """
            insert into screenings (id, hospital_id, context, department_id, ward, staff, document_type, document_masked,
                name_masked, outcome, source, screened_at)
            select id, hospital_id, context, department_id, ward, staff, document_type, document_masked, name_masked, 'NONE',
                source, screened_at
            from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[])
                as s (id, hospital_id, context, department_id, ward, staff, document_type, document_masked, name_masked,
                    source, screened_at)""";

    /** A screening without a match, as stored. */
    record Record(long hospitalId, ScreeningContext context, Long departmentId, String ward, String staff,
            String documentType, String documentMasked, String nameMasked, String source, Timestamp screenedAt) {
    }

    private record Pending(Record record, CompletableFuture<Long> id) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DatabaseVendor database;
    /** Ids drawn from the sequence and not used yet (PostgreSQL); a gap after a restart is harmless. */
    private final java.util.ArrayDeque<Long> freeIds = new java.util.ArrayDeque<>();
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(10_000);
    private volatile Thread writer;

    ScreeningLog(JdbcTemplate jdbc, TransactionTemplate transactions, DatabaseVendor database) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.database = database;
    }

    /** Stores the record (in the caller's transaction if there is one, else with the next group); returns its id. */
    long store(Record record) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                || writer == null) {
            return insert(List.of(record)).get(0);
        }
        Pending pending = new Pending(record, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, 1, TimeUnit.SECONDS)) {
                throw new IllegalStateException("screening log is full");
            }
            return pending.id().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a screening", e);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("the screening could not be recorded", failed);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                List<Record> records = batch.stream().map(Pending::record).toList();
                // PostgreSQL: the group is one statement, atomic on its own; without a transaction around it
                // the commit comes with the statement's answer (one round trip instead of two).
                List<Long> ids = database.postgres() ? insert(records) : transactions.execute(tx -> insert(records));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).id().complete(ids.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException failed) {
                log.warn("{} screenings not recorded ({}); their requests fail", batch.size(), failed.getMessage());
                batch.forEach(pending -> pending.id().completeExceptionally(failed));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(pending -> pending.id().completeExceptionally(new IllegalStateException("stopping")));
    }

    private List<Long> insert(List<Record> records) {
        return database.postgres() ? insertUnnested(records) : insertBatch(records);
    }

    /** PostgreSQL: one statement for the group, which costs the database far less than a statement per row. */
    private List<Long> insertUnnested(List<Record> records) {
        int n = records.size();
        List<Long> ids = nextIds(n);
        Long[] hospitals = new Long[n];
        String[] contexts = new String[n];
        Long[] departments = new Long[n];
        String[] wards = new String[n];
        String[] staff = new String[n];
        String[] documentTypes = new String[n];
        String[] documents = new String[n];
        String[] names = new String[n];
        String[] sources = new String[n];
        Timestamp[] screenedAt = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            Record r = records.get(i);
            hospitals[i] = r.hospitalId();
            contexts[i] = r.context().name();
            departments[i] = r.departmentId();
            wards[i] = r.ward();
            staff[i] = r.staff();
            documentTypes[i] = r.documentType();
            documents[i] = r.documentMasked();
            names[i] = r.nameMasked();
            sources[i] = r.source();
            screenedAt[i] = r.screenedAt();
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(UNNESTED_INSERT);
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            statement.setArray(2, connection.createArrayOf("bigint", hospitals));
            statement.setArray(3, connection.createArrayOf("varchar", contexts));
            statement.setArray(4, connection.createArrayOf("bigint", departments));
            statement.setArray(5, connection.createArrayOf("varchar", wards));
            statement.setArray(6, connection.createArrayOf("varchar", staff));
            statement.setArray(7, connection.createArrayOf("varchar", documentTypes));
            statement.setArray(8, connection.createArrayOf("varchar", documents));
            statement.setArray(9, connection.createArrayOf("varchar", names));
            statement.setArray(10, connection.createArrayOf("varchar", sources));
            statement.setArray(11, connection.createArrayOf("timestamptz", screenedAt));
            return statement;
        });
        return ids;
    }

    private synchronized List<Long> nextIds(int n) {
        if (freeIds.size() < n) {
            freeIds.addAll(jdbc.queryForList(NEXT_IDS, Long.class, Math.max(n, ID_BLOCK)));
        }
        List<Long> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(freeIds.poll());
        }
        return ids;
    }

    /** Other databases (H2): one JDBC batch, the ids read back as generated keys. */
    private List<Long> insertBatch(List<Record> records) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Record r = records.get(i);
                        statement.setLong(1, r.hospitalId());
                        statement.setString(2, r.context().name());
                        statement.setObject(3, r.departmentId());
                        statement.setString(4, r.ward());
                        statement.setString(5, r.staff());
                        statement.setString(6, r.documentType());
                        statement.setString(7, r.documentMasked());
                        statement.setString(8, r.nameMasked());
                        statement.setString(9, r.source());
                        statement.setTimestamp(10, r.screenedAt());
                    }

                    @Override
                    public int getBatchSize() {
                        return records.size();
                    }
                }, keys);
        List<Long> ids = new ArrayList<>(records.size());
        for (var row : keys.getKeyList()) {
            Object id = row.containsKey("id") ? row.get("id") : row.get("ID");
            ids.add(((Number) id).longValue());
        }
        if (ids.size() != records.size()) {
            throw new IllegalStateException("expected " + records.size() + " screening ids, got " + ids.size());
        }
        return ids;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "screening-log");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }
}
