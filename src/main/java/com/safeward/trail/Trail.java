package com.safeward.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.safeward.kernel.RecordRef;
import com.safeward.kernel.Text;
import com.safeward.texts.TextJson;

/**
 * Keeps the history of records, in the caller's transaction: a change and its trail entry commit
 * together. Entries are only added.
 */
@Component
public class Trail {

    private final JdbcClient jdbc;
    private final TextJson textJson;
    private final Clock clock;

    Trail(JdbcClient jdbc, TextJson textJson, Clock clock) {
        this.jdbc = jdbc;
        this.textJson = textJson;
        this.clock = clock;
    }

    /** {@code actor} did {@code action} now; {@code note}: what they wrote (may be null). */
    public void add(RecordRef subject, String actor, String action, String note) {
        add(subject, Instant.now(clock), actor, action, note, null);
    }

    /**
     * The full form: at a given time (the moment a record changed), with a reference to another
     * record and the arguments of the entry's message (a step's label, a guard, a count).
     */
    public void add(RecordRef subject, Instant at, String actor, String action, String note, String reference,
            Object... labelArguments) {
        jdbc.sql("""
                insert into trail_entries (subject_type, subject_id, at, actor, action, label_text, note, reference)
                values (:type, :id, :at, :actor, :action, :label, :note, :reference)""")
                .param("type", subject.type()).param("id", subject.id()).param("at", Timestamp.from(at))
                .param("actor", actor).param("action", action)
                .param("label", labelArguments.length == 0 ? null : textJson.write(label(subject.type(), action,
                        labelArguments)))
                .param("note", note == null || note.isBlank() ? null : note.trim()).param("reference", reference)
                .update();
    }

    /** The record's history, oldest first. */
    public List<TrailEntry> of(RecordRef subject) {
        return jdbc.sql("select * from trail_entries where subject_type = :type and subject_id = :id order by at, id")
                .param("type", subject.type()).param("id", subject.id()).query(this::entry).list();
    }

    private TrailEntry entry(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("subject_type");
        String action = rs.getString("action");
        String stored = rs.getString("label_text");
        return new TrailEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), action, rs.getString("note"),
                rs.getString("reference"), stored == null ? label(type, action) : textJson.read(stored));
    }

    private static Text label(String type, String action, Object... arguments) {
        return Text.of("trail." + type + "." + action, arguments);
    }
}
