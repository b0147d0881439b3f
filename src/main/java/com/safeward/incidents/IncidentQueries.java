package com.safeward.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.organizations.Actor;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.texts.DisplayTimes;
import com.safeward.trail.Trail;
import com.safeward.trail.TrailEntry;

/**
 * Incidents as people read them: the list of the caller's scope (medical staff and guards: the
 * ones they reported), and one incident with its place, timeline, SOP checklist, police record and
 * trail.
 */
@Component
@Transactional(readOnly = true)
class IncidentQueries {

    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Order.desc("reportedAt")), "reportedAt",
            "status", "incidentType");

    private final Incidents incidents;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final OrganizationDirectory organizations;
    /** The alarms module's trail subject ({@code ALARM}): an escalated alarm's steps open the incident's timeline. */
    private static final String ALARM_TRAIL = "ALARM";

    private final Trail trail;
    private final com.safeward.dispatch.GuardDispatch dispatch;

    private final DisplayTimes times;

    IncidentQueries(Incidents incidents, JdbcClient jdbc, AggregateRows rows, OrganizationDirectory organizations,
            Trail trail, com.safeward.dispatch.GuardDispatch dispatch, DisplayTimes times) {
        this.times = times;
        this.dispatch = dispatch;
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.rows = rows;
        this.organizations = organizations;
        this.trail = trail;
    }

    IncidentView get(long id, Actor actor, DataScope scope) {
        Incident incident = incidents.visibleIn(id, scope);
        if (IncidentAccess.seesOwnReportsOnly(actor) && !incident.reportedBy().equals(actor.username())) {
            throw new NotFound("incident", id);
        }
        return view(incident);
    }

    Page<IncidentView> list(IncidentFilter filter, Actor actor, DataScope scope, Pageable pageable) {
        return query(filter, actor, scope).page(jdbc, "incidents", SORT, rows.of(Incident.class), pageable)
                .map(i -> build(i, List.of(), null, List.of()));
    }

    /** How many incidents the list with that filter shows (a home card's count). */
    long count(IncidentFilter filter, Actor actor, DataScope scope) {
        return query(filter, actor, scope).count(jdbc, "incidents");
    }

    /** How many incidents the list with that filter shows, by a column ({@code status}, {@code incident_type}, {@code hospital_id}). */
    java.util.Map<String, Long> countBy(String column, IncidentFilter filter, Actor actor, DataScope scope) {
        return query(filter, actor, scope).countBy(jdbc, "incidents", column);
    }

    private PagedQuery query(IncidentFilter filter, Actor actor, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id");
        if (IncidentAccess.seesOwnReportsOnly(actor)) {
            query.and("reported_by = :reporter", "reporter", actor.username());
        }
        if (filter.openOnly()) {
            query.and("status <> 'CLOSED'");
        }
        if (filter.status() != null) {
            query.and("status = :status", "status", filter.status().name());
        }
        if (filter.type() != null) {
            query.and("incident_type = :type", "type", filter.type().name());
        }
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.from() != null) {
            query.and("reported_at >= :from", "from", Timestamp.from(times.startOf(filter.from())));
        }
        if (filter.to() != null) {
            query.and("reported_at < :to", "to", Timestamp.from(times.startOf(filter.to().plusDays(1))));
        }
        if (Boolean.TRUE.equals(filter.skipped())) {
            query.and("exists (select 1 from incident_sop_steps s where s.incident_id = incidents.id"
                    + " and s.skipped_reason is not null)");
        }
        return query;
    }

    /** The incident in full: its SOP checklist, its police record and its trail. */
    IncidentView view(Incident i) {
        List<IncidentView.Step> sop = jdbc.sql("select * from incident_sop_steps where incident_id = :i order by position")
                .param("i", i.id()).query((rs, n) -> new IncidentView.Step(rs.getInt("position"), rs.getString("step"),
                        instant(rs.getTimestamp("done_at")), rs.getString("done_by"), rs.getString("skipped_reason")))
                .list();
        IncidentView.PoliceRecord police = jdbc.sql("select * from police_call_records where incident_id = :i")
                .param("i", i.id()).query((rs, n) -> new IncidentView.PoliceRecord(instant(rs.getTimestamp("called_at")),
                        rs.getString("called_by"), rs.getInt("parties_count"),
                        Arrays.asList(rs.getString("behaviours").split(",")), rs.getBoolean("anyone_injured"),
                        rs.getInt("injured_count"), instant(rs.getTimestamp("police_arrived_at")),
                        instant(rs.getTimestamp("scene_controlled_at")), rs.getString("disposal_opinion"),
                        rs.getString("disposal_by"), instant(rs.getTimestamp("disposal_at"))))
                .optional().orElse(null);
        return build(i, sop, police, timeline(i));
    }

    /**
     * The incident's trail; for one escalated from an alarm, the alarm's steps first (raised,
     * acknowledged, guard dispatched, arrived), so the timeline starts at the press.
     */
    private List<TrailEntry> timeline(Incident i) {
        List<TrailEntry> entries = new java.util.ArrayList<>();
        if (i.sourceAlarmId() != null) {
            entries.addAll(trail.of(com.safeward.kernel.RecordRef.of(ALARM_TRAIL, i.sourceAlarmId())));
        }
        entries.addAll(trail.of(Incident.trail(i.id())));
        entries.sort(java.util.Comparator.comparing(TrailEntry::at));
        return entries;
    }

    /** Staff reports no guard was sent to yet, for the console (at most 100, newest first). */
    List<StaffReport> awaitingSecurity(DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id")
                .and("source_alarm_id is null and status in ('REPORTED', 'ACKNOWLEDGED')");
        return query.page(jdbc, "incidents", SORT, rows.of(Incident.class),
                org.springframework.data.domain.PageRequest.of(0, 100)).getContent().stream().map(this::report).toList();
    }

    /** The reporter's own reports of the last hours, for the {@code /concern} page (newest first). */
    List<StaffReport> reportedBy(String username, Instant since) {
        return jdbc.sql("select * from incidents where reported_by = :u and reported_at >= :since "
                        + "order by reported_at desc").param("u", username).param("since", Timestamp.from(since))
                .query(rows.of(Incident.class)).list().stream().limit(10).map(this::report).toList();
    }

    private StaffReport report(Incident i) {
        return new StaffReport(i.id(), i.hospitalId(), organizations.hospitalLabel(i.hospitalId()).orElse(""),
                i.areaId(), location(i.hospitalId(), i.areaId()), i.incidentType(), i.reportedBy(), i.reportedAt(),
                i.status(), i.acknowledgedAt(), dispatch.sentFor(IncidentManagement.SOURCE, i.id()));
    }

    /** Where it happened: building, floor, area. */
    String location(long hospitalId, long areaId) {
        return organizations.area(hospitalId, areaId).map(AreaView::location).orElse("");
    }

    private IncidentView build(Incident i, List<IncidentView.Step> sop, IncidentView.PoliceRecord police,
            List<TrailEntry> entries) {
        return new IncidentView(i.id(), i.hospitalId(), organizations.hospitalLabel(i.hospitalId()).orElse(""),
                i.areaId(), location(i.hospitalId(), i.areaId()), i.incidentType(), i.description(), i.sourceAlarmId(),
                i.status(), i.reportedBy(), i.reportedAt(), i.acknowledgedAt(), i.dispatchedAt(), i.onSceneAt(),
                i.controlledAt(), i.handedToPoliceAt(), i.closedAt(), i.closingSummary(), i.deaths(), i.seriousInjuries(),
                i.injured(), i.massIncident(), i.criminalCase(), sop, police, entries);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
