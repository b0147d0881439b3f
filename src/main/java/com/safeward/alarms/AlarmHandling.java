package com.safeward.alarms;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;
import com.safeward.dispatch.GuardArrived;
import com.safeward.dispatch.GuardDispatch;
import com.safeward.dispatch.GuardTaskKind;
import com.safeward.incidents.IncidentManagement;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.trail.Trail;
import com.safeward.trail.TrailEntry;

/** Operators acknowledge and reset alarms; everyone allowed reads them within their data scope. */
@Service
@Transactional
class AlarmHandling {

    /** Guard tasks of an alarm are recorded with this source type. */
    static final String SOURCE = "ALARM";

    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Order.desc("raisedAt")), "raisedAt",
            "severity", "alarmType");

    /** Which alarms a list shows. */
    enum State {
        OPEN, UNACKNOWLEDGED, CLEARED, ALL
    }

    static final java.time.Duration PLACE_LABELS_TTL = java.time.Duration.ofSeconds(10);

    private record PlaceKey(long hospitalId, long areaId) {
    }

    private record Place(String hospitalLabel, AreaView area) {
    }

    private final com.github.benmanes.caffeine.cache.Cache<PlaceKey, Place> placeLabels =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(PLACE_LABELS_TTL)
                    .maximumSize(50_000).build();

    private final Alarms alarms;
    private final Trail trail;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final OrganizationDirectory organizations;
    private final DeviceDirectory devices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final GuardDispatch dispatch;
    private final IncidentManagement incidents;
    private final Clock clock;

    AlarmHandling(Alarms alarms, Trail trail, JdbcClient jdbc, AggregateRows rows, OrganizationDirectory organizations,
            DeviceDirectory devices, AuditTrail audit, ApplicationEventPublisher events, GuardDispatch dispatch,
            IncidentManagement incidents, Clock clock) {
        this.dispatch = dispatch;
        this.incidents = incidents;
        this.alarms = alarms;
        this.trail = trail;
        this.jdbc = jdbc;
        this.rows = rows;
        this.organizations = organizations;
        this.devices = devices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    AlarmView acknowledge(long id, String actor, DataScope scope) {
        Alarm alarm = visible(id, scope);
        if (alarm.acknowledged()) {
            return view(alarm, true);
        }
        Instant now = Instant.now(clock);
        Alarm saved = alarms.save(alarm.acknowledge(actor, now));
        trail.add(Alarm.trail(id), now, actor, "ACKNOWLEDGED", null, null);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Alarm", id, alarm.hospitalId(), Text.of("audit.alarm.acknowledged")));
        events.publishEvent(new AlarmChanged(id, alarm.hospitalId(), "ACKNOWLEDGED"));
        return view(saved, true);
    }

    AlarmView clear(long id, String note, String actor, DataScope scope) {
        Alarm alarm = visible(id, scope);
        Instant now = Instant.now(clock);
        Alarm saved = alarms.save(alarm.clear(actor, note, now));
        String action = alarm.latched() ? "RESET" : "CLEARED";
        trail.add(Alarm.trail(id), now, actor, action, note, null);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Alarm", id, alarm.hospitalId(),
                Text.of(alarm.latched() ? "audit.alarm.reset" : "audit.alarm.cleared"))
                .withReason(note));
        events.publishEvent(new AlarmChanged(id, alarm.hospitalId(), action));
        return view(saved, true);
    }

    /** INC-1: sends a guard of the alarm's hospital to its location. */
    AlarmView dispatch(long id, String guard, String instructions, String actor, DataScope scope) {
        Alarm alarm = visible(id, scope);
        if (alarm.cleared()) {
            throw new RuleViolation("state", "validation.alarm.alreadyCleared");
        }
        dispatch.send(alarm.hospitalId(), alarm.areaId(), GuardTaskKind.ALARM_RESPONSE, SOURCE, id, guard,
                instructions, actor);
        trail.add(Alarm.trail(id), Instant.now(clock), actor, "DISPATCHED", null, null, Text.person(guard));
        events.publishEvent(new AlarmChanged(id, alarm.hospitalId(), "DISPATCHED"));
        return view(alarms.findById(id).orElseThrow(), true);
    }

    /**
     * INC-4: the operator turns the alarm into an incident, which keeps the alarm's id; the alarm is
     * acknowledged. Once only: a second escalation (a second click, another operator) answers the
     * incident the first one opened; the alarm's row is locked so two at once cannot make two.
     */
    long escalateToIncident(long id, String description, String actor, DataScope scope) {
        jdbc.sql("select id from alarms where id = :id for update").param("id", id).query(Long.class).optional();
        Alarm alarm = visible(id, scope);
        if (alarm.incidentId() != null) {
            return alarm.incidentId();
        }
        long incident = incidents.reportFromAlarm(alarm.hospitalId(), alarm.areaId(), id,
                description == null || description.isBlank() ? alarm.alarmType().name() : description, actor);
        Instant now = Instant.now(clock);
        alarms.save(alarm.escalated(incident, actor, now));
        trail.add(Alarm.trail(id), now, actor, "ESCALATED_TO_INCIDENT", null, "incident:" + incident, incident);
        events.publishEvent(new AlarmChanged(id, alarm.hospitalId(), "ESCALATED_TO_INCIDENT"));
        return incident;
    }

    /**
     * TEC-7: the police of the hospital's station record that they sent officers (with a note: who,
     * how many, when they expect to arrive); the hospital's console shows it at once. Once: a second
     * record changes nothing.
     */
    AlarmView recordPoliceDispatched(long id, String note, String actor, AlarmViewer viewer) {
        Alarm alarm = visible(id, viewer);
        if (alarm.policeDispatched()) {
            return view(alarm, true);
        }
        Instant now = Instant.now(clock);
        Alarm saved = alarms.save(alarm.policeDispatched(actor, now));
        trail.add(Alarm.trail(id), now, actor, "POLICE_DISPATCHED", note == null || note.isBlank() ? null : note.strip(),
                null);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Alarm", id, alarm.hospitalId(),
                Text.of("audit.alarm.policeDispatched")).withReason(note));
        events.publishEvent(new AlarmChanged(id, alarm.hospitalId(), "POLICE_DISPATCHED"));
        return view(saved, true);
    }

    /** The guards who can be sent to the alarms of a hospital. */
    @Transactional(readOnly = true)
    List<String> guardsOf(long hospitalId) {
        return dispatch.guardsOf(hospitalId);
    }

    /** The guard sent to the alarm is there (INC-1): the trail says so and the consoles see it. */
    @ApplicationModuleListener
    void on(GuardArrived arrived) {
        if (SOURCE.equals(arrived.sourceType())) {
            trail.add(Alarm.trail(arrived.sourceId()), Instant.now(clock), arrived.guard(), "GUARD_ARRIVED", null, null);
            events.publishEvent(new AlarmChanged(arrived.sourceId(), arrived.hospitalId(), "GUARD_ARRIVED"));
        }
    }

    @Transactional(readOnly = true)
    AlarmView get(long id, AlarmViewer viewer) {
        return view(visible(id, viewer), true);
    }

    /** Alarms the viewer sees (the police and regulators: panic and intrusion only, TEC-7). */
    @Transactional(readOnly = true)
    Page<AlarmView> list(State state, Long hospitalId, Long deviceId, AlarmViewer viewer, Pageable pageable) {
        return query(state, hospitalId, deviceId, viewer).page(jdbc, "alarms", SORT, rows.of(Alarm.class), pageable)
                .map(a -> view(a, false));
    }

    /** How many alarms the list of that state shows the viewer (a home card's count). */
    long count(State state, AlarmViewer viewer) {
        return query(state, null, null, viewer).count(jdbc, "alarms");
    }

    private PagedQuery query(State state, Long hospitalId, Long deviceId, AlarmViewer viewer) {
        PagedQuery query = viewer.scope().limit(new PagedQuery(), "hospital_id");
        if (viewer.policeOnly()) {
            query.and("alarm_type in (:policeTypes)", "policeTypes", java.util.Arrays.stream(AlarmType.values())
                    .filter(AlarmType::forPolice).map(AlarmType::name).toList());
        }
        if (hospitalId != null) {
            query.and("hospital_id = :hospital", "hospital", hospitalId);
        }
        if (deviceId != null) {
            query.and("device_id = :device", "device", deviceId);
        }
        switch (state == null ? State.OPEN : state) {
            case OPEN -> query.and("cleared_at is null");
            case UNACKNOWLEDGED -> query.and("cleared_at is null and acknowledged_at is null");
            case CLEARED -> query.and("cleared_at is not null");
            case ALL -> {
            }
        }
        return query;
    }

    private Alarm visible(long id, DataScope scope) {
        return alarms.findById(id).filter(a -> scope.includes(a.hospitalId()))
                .orElseThrow(() -> new NotFound("alarm", id));
    }

    /** An alarm the viewer sees, or 404 (another station's, or one the police are not shown). */
    private Alarm visible(long id, AlarmViewer viewer) {
        return alarms.findById(id).filter(a -> viewer.sees(a.hospitalId(), a.alarmType().forPolice()))
                .orElseThrow(() -> new NotFound("alarm", id));
    }

    /** 404 unless the viewer sees the alarm: asked before a request's body is looked at. */
    @Transactional(readOnly = true)
    void requireVisible(long id, AlarmViewer viewer) {
        visible(id, viewer);
    }

    /**
     * The alarm as just raised (trail: RAISED by the device; no guard yet), built without reading
     * it back; the place's labels may be up to {@link #PLACE_LABELS_TTL} old.
     */
    AlarmView asRaised(Alarm a, DeviceRef device) {
        Place place = placeLabels.get(new PlaceKey(a.hospitalId(), a.areaId()), this::place);
        return view(a, place, device, List.of(new TrailEntry(a.raisedAt(), "device:" + device.code(), "RAISED",
                null, null, Text.of("trail.ALARM.RAISED"))), List.of());
    }


    private Place place(PlaceKey key) {
        return new Place(organizations.hospitalLabel(key.hospitalId()).orElse(""),
                organizations.area(key.hospitalId(), key.areaId()).orElse(null));
    }

    private AlarmView view(Alarm a, boolean withTrail) {
        return view(a, place(new PlaceKey(a.hospitalId(), a.areaId())), devices.byId(a.deviceId()).orElse(null),
                withTrail ? trail.of(Alarm.trail(a.id())) : List.of(), dispatch.sentFor(SOURCE, a.id()));
    }

    private static AlarmView view(Alarm a, Place place, DeviceRef device, List<TrailEntry> trail,
            List<com.safeward.dispatch.GuardTaskView> guards) {
        AreaView area = place.area();
        return new AlarmView(a.id(), a.hospitalId(), place.hospitalLabel(),
                a.areaId(), area == null ? "" : area.location(), area == null ? "" : area.building(),
                area == null ? "" : area.floor(), area == null ? "" : area.name(), a.deviceId(),
                device == null ? "" : device.code(), device == null ? "" : device.name(), a.alarmType(), a.severity(),
                a.latched(), a.occurredAt(), a.raisedAt(), a.acknowledgedAt(), a.acknowledgedBy(), a.clearedAt(),
                a.clearedBy(), a.policeDispatchedAt(), a.policeDispatchedBy(), a.incidentId(), a.deviceCondition(), trail,
                guards);
    }

}
