package com.safeward.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.personaldata.Sealed;
import com.safeward.web.DisplayTimes;
import com.safeward.trail.Trail;
import com.safeward.trail.TrailEntry;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.NotFound;

/**
 * WL-6: scheduled psychological assessments of long-term inpatients. An inpatient becomes due
 * {@code long-stay-days} after admission, then {@code interval-days} after each assessment; an
 * assessment finding a crisis opens an intervention (security and the ward's staff are told),
 * followed up until it is closed with its outcome. Dates are Asia/Shanghai days from the Clock.
 */
@Service
@Transactional
class PsychologicalCare {

    /** How many days ahead an assessment shows as due. */
    static final int DUE_AHEAD_DAYS = 3;

    private final DisplayTimes times;
    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Trail trail;
    private final CareProperties properties;
    private final Clock clock;

    PsychologicalCare(JdbcClient jdbc, PersonalData personalData, OrganizationDirectory directory,
            ApplicationEventPublisher events, AuditTrail audit, CareProperties properties,
            Clock clock, DisplayTimes times, Trail trail) {
        this.trail = trail;
        this.times = times;
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    InpatientView admit(long hospitalId, AdmissionForm form, String actor) {
        DepartmentView ward = form.departmentId != null ? directory.department(hospitalId, form.departmentId).orElse(null)
                : form.departmentCode != null ? directory.departmentByCode(hospitalId, form.departmentCode).orElse(null)
                : null;
        if (ward == null) {
            throw new RuleViolation(form.departmentCode != null ? "departmentCode" : "departmentId",
                    "validation.department.unknown");
        }
        if (form.admittedOn.isAfter(today())) {
            throw new RuleViolation("admittedOn", "validation.care.admittedOn");
        }
        Sealed patient = personalData.seal(PersonalDataKind.NAME, form.patientName);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into inpatients (hospital_id, department_id, admission_no, patient_cipher, patient_masked, bed,
                        admitted_on, registered_by, created_at)
                    values (:h, :d, :no, :pc, :pm, :bed, :on, :by, :at)""")
                    .param("h", hospitalId).param("d", ward.id()).param("no", form.admissionNo.trim())
                    .param("pc", patient.cipher()).param("pm", patient.masked())
                    .param("bed", form.bed == null || form.bed.isBlank() ? null : form.bed.trim())
                    .param("on", form.admittedOn).param("by", actor).param("at", Timestamp.from(Instant.now(clock)))
                    .update(key, "id");
        } catch (DuplicateKeyException twice) {
            throw new RuleViolation("admissionNo", "validation.care.admissionNo");
        }
        long id = key.getKeyAs(Number.class).longValue();
        audit.record(AuditEntry.created("Inpatient", id, hospitalId, patient.masked() + " " + ward.name()));
        return get(id, DataScope.of(java.util.Set.of(hospitalId)));
    }

    InpatientView discharge(long id, LocalDate on, String actor, DataScope scope) {
        Row row = visible(id, scope);
        LocalDate day = on == null ? today() : on;
        if (row.dischargedOn() != null) {
            throw new RuleViolation("dischargedOn", "validation.care.discharged");
        }
        if (day.isBefore(row.admittedOn()) || day.isAfter(today())) {
            throw new RuleViolation("dischargedOn", "validation.care.dischargedOn");
        }
        jdbc.sql("update inpatients set discharged_on = :on where id = :id").param("on", day).param("id", id).update();
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Inpatient", id, row.hospitalId(), "discharged " + day));
        return get(id, scope);
    }

    /** Inpatients still in hospital in the scope, optionally only those due or overdue, most urgent first. */
    @Transactional(readOnly = true)
    List<InpatientView> inpatients(boolean dueOnly, DataScope scope) {
        if (!scope.everything() && scope.hospitalIds().isEmpty()) {
            return List.of();
        }
        String where = scope.everything() ? "" : " and i.hospital_id in (:hospitals)";
        var query = jdbc.sql(SELECT + " where i.discharged_on is null" + where);
        if (!scope.everything()) {
            query = query.param("hospitals", scope.hospitalIds());
        }
        return query.query(PsychologicalCare::row).list().stream().map(r -> view(r, false))
                .filter(v -> !dueOnly || v.status() != CareStatus.UP_TO_DATE)
                .sorted(Comparator.comparing(InpatientView::status).reversed()
                        .thenComparing(v -> v.dueOn() == null ? LocalDate.MAX : v.dueOn()))
                .toList();
    }

    @Transactional(readOnly = true)
    InpatientView get(long id, DataScope scope) {
        return view(visible(id, scope), true);
    }

    /** Records an assessment; a crisis opens an intervention and alerts security and the ward at once. */
    InpatientView assess(long id, AssessmentResult result, Integer score, String note, LocalDate on, String actor,
            DataScope scope) {
        Row row = visible(id, scope);
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today()) || day.isBefore(row.admittedOn())) {
            throw new RuleViolation("assessedOn", "validation.care.assessedOn");
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new RuleViolation("score", "validation.care.score");
        }
        if (result != AssessmentResult.NO_CONCERN && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "validation.care.note");
        }
        Instant now = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into psych_assessments (inpatient_id, assessed_on, assessed_by, result, score, note, recorded_at)
                values (:i, :on, :by, :result, :score, :note, :at)""")
                .param("i", id).param("on", day).param("by", actor).param("result", result.name()).param("score", score)
                .param("note", note == null || note.isBlank() ? null : note.trim()).param("at", Timestamp.from(now))
                .update(key, "id");
        long assessment = key.getKeyAs(Number.class).longValue();
        audit.record(AuditEntry.created("PsychAssessment", assessment, row.hospitalId(), result.name()));
        if (result == AssessmentResult.CRISIS) {
            GeneratedKeyHolder intervention = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into crisis_interventions (inpatient_id, assessment_id, opened_at, opened_by, status)
                    values (:i, :a, :at, :by, 'OPEN')""")
                    .param("i", id).param("a", assessment).param("at", Timestamp.from(now)).param("by", actor)
                    .update(intervention, "id");
            long interventionId = intervention.getKeyAs(Number.class).longValue();
            events.publishEvent(new CrisisFound(interventionId, id, row.hospitalId(), row.departmentId(),
                    row.patientMasked(), row.bed()));
        }
        return get(id, scope);
    }

    @Transactional(readOnly = true)
    List<InterventionView> interventions(boolean openOnly, DataScope scope) {
        if (!scope.everything() && scope.hospitalIds().isEmpty()) {
            return List.of();
        }
        String sql = INTERVENTIONS + " where 1 = 1" + (openOnly ? " and c.status = 'OPEN'" : "")
                + (scope.everything() ? "" : " and i.hospital_id in (:hospitals)") + " order by c.opened_at desc";
        var query = jdbc.sql(sql);
        if (!scope.everything()) {
            query = query.param("hospitals", scope.hospitalIds());
        }
        return query.query((rs, n) -> intervention(rs, List.of())).list();
    }

    @Transactional(readOnly = true)
    InterventionView intervention(long id, DataScope scope) {
        InterventionView found = jdbc.sql(INTERVENTIONS + " where c.id = :id").param("id", id)
                .query((rs, n) -> scope.includes(rs.getLong("hospital_id")) ? intervention(rs, followUps(id)) : null)
                .optional().orElse(null);
        if (found == null) {
            throw new NotFound("intervention", id);
        }
        return found;
    }

    InterventionView followUp(long id, String note, String actor, DataScope scope) {
        InterventionView intervention = intervention(id, scope);
        if (!"OPEN".equals(intervention.status())) {
            throw new RuleViolation("note", "validation.care.closed");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "validation.care.note");
        }
        trail.add(InterventionView.trail(id), actor, "FOLLOWED_UP", note);
        return intervention(id, scope);
    }

    InterventionView close(long id, String outcome, String actor, DataScope scope) {
        InterventionView intervention = intervention(id, scope);
        if (!"OPEN".equals(intervention.status())) {
            throw new RuleViolation("outcome", "validation.care.closed");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new RuleViolation("outcome", "validation.care.outcome");
        }
        jdbc.sql("update crisis_interventions set status = 'CLOSED', closed_at = :at, closed_by = :by, outcome = :o where id = :id")
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor).param("o", outcome.trim())
                .param("id", id).update();
        return intervention(id, scope);
    }

    private InpatientView view(Row r, boolean full) {
        LocalDate today = today();
        CareProperties.Schedule schedule = properties.scheduleFor(directory.regionCodesOf(r.hospitalId()));
        LocalDate longStay = r.admittedOn().plusDays(schedule.longStayDays());
        LocalDate next = r.lastAssessedOn() == null ? longStay : r.lastAssessedOn().plusDays(schedule.intervalDays());
        LocalDate dueOn = next.isAfter(longStay) ? next : longStay; // never before the stay counts as long
        CareStatus status = r.dischargedOn() != null ? CareStatus.UP_TO_DATE
                : dueOn.isBefore(today) ? CareStatus.OVERDUE
                : !dueOn.isAfter(today.plusDays(DUE_AHEAD_DAYS)) ? CareStatus.DUE : CareStatus.UP_TO_DATE;
        LocalDate end = r.dischargedOn() == null ? today : r.dischargedOn();
        List<InpatientView.Assessment> assessments = full ? jdbc.sql(
                "select * from psych_assessments where inpatient_id = :i order by assessed_on desc, id desc")
                .param("i", r.id()).query((rs, n) -> {
                    int score = rs.getInt("score");
                    return new InpatientView.Assessment(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class),
                            rs.getString("assessed_by"), AssessmentResult.valueOf(rs.getString("result")),
                            rs.wasNull() ? null : score, rs.getString("note"));
                }).list() : List.of();
        List<InterventionView> interventions = full ? jdbc.sql(INTERVENTIONS + " where c.inpatient_id = :i order by c.opened_at desc")
                .param("i", r.id()).query((rs, n) -> intervention(rs, List.of())).list() : List.of();
        return new InpatientView(r.id(), r.hospitalId(), r.ward(), r.admissionNo(), r.patientMasked(), r.bed(),
                r.admittedOn(), r.dischargedOn(), ChronoUnit.DAYS.between(r.admittedOn(), end), r.lastAssessedOn(),
                r.dischargedOn() == null ? dueOn : null, status, assessments, interventions);
    }

    private List<TrailEntry> followUps(long id) {
        return trail.of(InterventionView.trail(id)).stream().filter(entry -> "FOLLOWED_UP".equals(entry.action()))
                .toList();
    }

    private static InterventionView intervention(ResultSet rs, List<TrailEntry> followUps)
            throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new InterventionView(rs.getLong("id"), rs.getLong("inpatient_id"), rs.getString("patient_masked"),
                rs.getString("ward"), rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
                rs.getString("status"), closed == null ? null : closed.toInstant(), rs.getString("closed_by"),
                rs.getString("outcome"), followUps);
    }

    private Row visible(long id, DataScope scope) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(PsychologicalCare::row).optional()
                .filter(r -> scope.includes(r.hospitalId())).orElseThrow(() -> new NotFound("inpatient", id));
    }

    private LocalDate today() {
        return times.today();
    }

    private static final String SELECT = """
            select i.*, d.name as ward, (select max(a.assessed_on) from psych_assessments a where a.inpatient_id = i.id)
                as last_assessed_on
            from inpatients i join departments d on d.id = i.department_id""";

    private static final String INTERVENTIONS = """
            select c.*, i.patient_masked, i.hospital_id, d.name as ward from crisis_interventions c
            join inpatients i on i.id = c.inpatient_id join departments d on d.id = i.department_id""";

    private record Row(long id, long hospitalId, long departmentId, String ward, String admissionNo, String patientMasked,
            String bed, LocalDate admittedOn, LocalDate dischargedOn, LocalDate lastAssessedOn) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("hospital_id"), rs.getLong("department_id"), rs.getString("ward"),
                rs.getString("admission_no"), rs.getString("patient_masked"), rs.getString("bed"),
                rs.getObject("admitted_on", LocalDate.class), rs.getObject("discharged_on", LocalDate.class),
                rs.getObject("last_assessed_on", LocalDate.class));
    }
}
