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

/**
 * Records screenings without a match in groups: a request hands its record over and waits until
 * the group it is in is committed (one transaction and one JDBC batch for all the screenings that
 * arrived meanwhile), so every answer still comes after its record is stored (WL-2), without a
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

    /** A screening without a match, as stored. */
    record Record(long hospitalId, ScreeningContext context, Long departmentId, String ward, String staff,
            String documentType, String documentMasked, String nameMasked, String source, Timestamp screenedAt) {
    }

    private record Pending(Record record, CompletableFuture<Long> id) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(10_000);
    private volatile Thread writer;

    ScreeningLog(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
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
                List<Long> ids = transactions.execute(tx -> insert(batch.stream().map(Pending::record).toList()));
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
