package com.safeward.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.persistence.PagedQuery;

/**
 * INC-7: every case with a 110 call or a criminal case is tracked until the police's outcome;
 * a regulator of a level above the hospital's own puts a major case under supervision (挂牌督办).
 * INC-8: supervised cases run investigation, information release and opinion guidance in step.
 * INC-10: after a case against staff closes, their support is followed up.
 */
@Service
@Transactional
class CaseTracking {

    /** The three things a major case runs in step (三同步). */
    enum Track {
        INVESTIGATION, INFORMATION_RELEASE, OPINION_GUIDANCE
    }

    /** Where a track stands. */
    enum TrackStatus {
        NOT_STARTED, IN_PROGRESS, DONE
    }

    /** A tracked case, as the list shows it. */
    record TrackedCase(long incidentId, long hospitalId, String hospitalLabel, IncidentType type, Instant reportedAt,
            Instant calledAt, Instant policeArrivedAt, Instant disposalAt, String disposalOpinion, boolean criminalCase,
            Instant supervisedSince, String supervisedBy) {

        public boolean open() {
            return disposalAt == null;
        }
    }

    /** A case's supervision and its three tracks. */
    record Supervision(long regionId, String supervisedBy, Instant since, String note, Instant liftedAt,
            Map<Track, TrackState> tracks) {
    }

    /** One track's state. */
    record TrackState(TrackStatus status, String note, String updatedBy, Instant updatedAt) {
    }

    private static final EnumSet<IncidentType> AGAINST_STAFF = EnumSet.of(IncidentType.VIOLENCE, IncidentType.INSULT,
            IncidentType.THREAT, IncidentType.INTIMIDATION);

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration staffSupportWithin;

    CaseTracking(JdbcClient jdbc, Incidents incidents, OrganizationDirectory organizations,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock,
            @Value("${safeward.incidents.staff-support-within:P3D}") Duration staffSupportWithin) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.organizations = organizations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.staffSupportWithin = staffSupportWithin;
    }

    /** Incidents with a 110 call or a criminal case, with their police record and supervision. */
    private static final String CASES = """
            (select i.id, i.hospital_id, i.incident_type, i.reported_at, i.criminal_case, p.called_at,
                    p.police_arrived_at, p.disposal_at, p.disposal_opinion, s.since, s.supervised_by
             from incidents i
             left join police_call_records p on p.incident_id = i.id
             left join case_supervisions s on s.incident_id = i.id and s.lifted_at is null
             where p.incident_id is not null or i.criminal_case = true) cases""";

    /**
     * INC-7: the cases of the scope, supervised first, then the newest; {@code openOnly}: no police
     * outcome yet; {@code supervisedOnly}: under supervision (挂牌督办) now.
     */
    @Transactional(readOnly = true)
    Page<TrackedCase> cases(boolean openOnly, boolean supervisedOnly, Long hospitalId, DataScope scope,
            Pageable pageable) {
        PagedQuery query = query(openOnly, supervisedOnly, scope);
        if (hospitalId != null) {
            query.and("hospital_id = :hospital", "hospital", hospitalId);
        }
        return query.page(jdbc, CASES,
                "(case when since is null then 1 else 0 end), reported_at desc, id", this::row, pageable);
    }

    /** How many cases the list with those filters shows (a home card's count). */
    @Transactional(readOnly = true)
    long count(boolean openOnly, boolean supervisedOnly, DataScope scope) {
        return query(openOnly, supervisedOnly, scope).count(jdbc, CASES);
    }

    /** How many cases the list with those filters shows, by hospital (regulators' home). */
    @Transactional(readOnly = true)
    java.util.Map<String, Long> countByHospital(boolean openOnly, boolean supervisedOnly, DataScope scope) {
        return query(openOnly, supervisedOnly, scope).countBy(jdbc, CASES, "hospital_id");
    }

    private static PagedQuery query(boolean openOnly, boolean supervisedOnly, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id");
        if (openOnly) {
            query.and("disposal_at is null");
        }
        if (supervisedOnly) {
            query.and("since is not null");
        }
        return query;
    }

    /** 挂牌督办: only a regulator of a region strictly above the hospital's own. */
    Supervision supervise(long incidentId, String note, Actor actor, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        List<Long> chain = organizations.regionIdsOf(incident.hospitalId());
        boolean above = actor.role() == Role.REGULATOR && actor.regionId() != null
                && chain.indexOf(actor.regionId()) >= 0 && chain.indexOf(actor.regionId()) < chain.size() - 1;
        if (!above && actor.role() != Role.SYSTEM_ADMIN) {
            throw new RuleViolation("region", "validation.case.notAbove");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "validation.case.note");
        }
        if (supervision(incidentId) != null) {
            throw new RuleViolation("incident", "validation.case.alreadySupervised");
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("insert into case_supervisions (incident_id, region_id, supervised_by, since, note) values (:i, :r, :by, :at, :note)")
                .param("i", incidentId).param("r", actor.regionId() == null ? chain.get(0) : actor.regionId())
                .param("by", actor.username()).param("at", now).param("note", note.trim()).update();
        for (Track track : Track.values()) {
            jdbc.sql("insert into major_case_tracks (incident_id, track, status, updated_by, updated_at) values (:i, :t, :s, :by, :at)")
                    .param("i", incidentId).param("t", track.name()).param("s", TrackStatus.NOT_STARTED.name())
                    .param("by", actor.username()).param("at", now).update();
        }
        events.publishEvent(new CaseSupervised(incidentId, incident.hospitalId(), incident.incidentType(), note.trim(),
                actor.username()));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(incident.hospitalId(), "INC-8"));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Incident", incidentId, incident.hospitalId(),
                Text.of("audit.incident.supervised", Text.person(actor.username()))).withReason(note.trim()));
        return supervision(incidentId);
    }

    /** INC-8: the hospital and police keep the three tracks current. */
    Supervision updateTrack(long incidentId, Track track, TrackStatus status, String note, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        if (supervision(incidentId) == null) {
            throw new RuleViolation("incident", "validation.case.notSupervised");
        }
        jdbc.sql("update major_case_tracks set status = :s, note = :n, updated_by = :by, updated_at = :at "
                + "where incident_id = :i and track = :t").param("s", status.name()).param("n", note)
                .param("by", actor).param("at", Timestamp.from(Instant.now(clock))).param("i", incidentId)
                .param("t", track.name()).update();
        audit.record(AuditEntry.of(AuditAction.UPDATED, "MajorCaseTrack", incidentId, incident.hospitalId(),
                Text.of("audit.track.changed", Text.of(track), Text.of(status))));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(incident.hospitalId(), "INC-8"));
        return supervision(incidentId);
    }

    @Transactional(readOnly = true)
    Supervision supervisionVisible(long incidentId, DataScope scope) {
        incidents.visibleIn(incidentId, scope);
        return supervision(incidentId);
    }

    @Transactional(readOnly = true)
    Supervision supervision(long incidentId) {
        return jdbc.sql("select * from case_supervisions where incident_id = :i").param("i", incidentId)
                .query((rs, n) -> new Supervision(rs.getLong("region_id"), rs.getString("supervised_by"),
                        rs.getTimestamp("since").toInstant(), rs.getString("note"), instant(rs.getTimestamp("lifted_at")),
                        tracks(incidentId)))
                .optional().orElse(null);
    }

    /** INC-10: a closed case against staff opens a support follow-up for the hospital's leaders. */
    @EventListener
    void on(IncidentClosed closed) {
        if (!AGAINST_STAFF.contains(closed.type())) {
            return;
        }
        Instant due = Instant.now(clock).plus(staffSupportWithin);
        int owed = jdbc.sql("update incidents set staff_support_due_at = :due where id = :i and staff_support_due_at is null")
                .param("due", Timestamp.from(due)).param("i", closed.incidentId()).update();
        if (owed == 1) {
            events.publishEvent(new StaffSupportOwed(closed.incidentId(), closed.hospitalId(), due));
        }
    }

    Supervision staffSupported(long incidentId, String note, String actor, DataScope scope) {
        Incident incident = incidents.visibleIn(incidentId, scope);
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "validation.case.supportNote");
        }
        int changed = jdbc.sql("update incidents set staff_support_done_at = :at, staff_support_note = :n "
                + "where id = :i and staff_support_due_at is not null and staff_support_done_at is null")
                .param("at", Timestamp.from(Instant.now(clock))).param("n", note.trim()).param("i", incidentId).update();
        if (changed == 0) {
            throw new RuleViolation("incident", "validation.case.noSupportDue");
        }
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Incident", incidentId, incident.hospitalId(),
                Text.of("audit.incident.staffSupported")).withReason(note.trim()));
        return supervision(incidentId);
    }

    /** INC-10 state of an incident: due, done, note. */
    @Transactional(readOnly = true)
    Map<String, Object> staffSupport(long incidentId) {
        return jdbc.sql("select staff_support_due_at, staff_support_done_at, staff_support_note from incidents where id = :i")
                .param("i", incidentId).query().singleRow();
    }

    private Map<Track, TrackState> tracks(long incidentId) {
        Map<Track, TrackState> tracks = new java.util.EnumMap<>(Track.class);
        jdbc.sql("select * from major_case_tracks where incident_id = :i").param("i", incidentId).query(rs -> {
            tracks.put(Track.valueOf(rs.getString("track")), new TrackState(TrackStatus.valueOf(rs.getString("status")),
                    rs.getString("note"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()));
        });
        return tracks;
    }

    private TrackedCase row(ResultSet rs, int n) throws SQLException {
        long hospital = rs.getLong("hospital_id");
        return new TrackedCase(rs.getLong("id"), hospital, organizations.hospitalLabel(hospital).orElse(""),
                IncidentType.valueOf(rs.getString("incident_type")), instant(rs.getTimestamp("reported_at")),
                instant(rs.getTimestamp("called_at")), instant(rs.getTimestamp("police_arrived_at")),
                instant(rs.getTimestamp("disposal_at")), rs.getString("disposal_opinion"), rs.getBoolean("criminal_case"),
                instant(rs.getTimestamp("since")), rs.getString("supervised_by"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
