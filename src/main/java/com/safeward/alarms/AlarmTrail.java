package com.safeward.alarms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The alarm's own history: raised, acknowledged, reset, each with time, actor and note. */
@Component
class AlarmTrail {

    private final JdbcClient jdbc;

    AlarmTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long alarmId, Instant at, String actor, String action, String note) {
        jdbc.sql("insert into alarm_trail (alarm_id, at, actor, action, note) values (:alarm, :at, :actor, :action, :note)")
                .param("alarm", alarmId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("action", action).param("note", note).update();
    }

    List<AlarmView.TrailEntry> of(long alarmId) {
        return jdbc.sql("select at, actor, action, note from alarm_trail where alarm_id = :alarm order by at, id")
                .param("alarm", alarmId)
                .query((rs, n) -> new AlarmView.TrailEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("note")))
                .list();
    }
}
