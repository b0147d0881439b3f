package com.safeward.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.texts.DisplayTimes;
import com.safeward.trail.Trail;

/**
 * WL-6 as the ward reads it: inpatients still in hospital, most urgent first (due or overdue only,
 * if asked), an inpatient with assessments and interventions, crisis interventions. Names masked;
 * wards named by the organizations module.
 */
@Component
@Transactional(readOnly = true)
class CareQueries {

    static final SortableFields INPATIENT_SORT = SortableFields.of(Sort.by("dueOn"), "dueOn", "admittedOn", "bed");
    static final SortableFields INTERVENTION_SORT = SortableFields.of(Sort.by(Sort.Order.desc("openedAt")),
            "openedAt", "status");

    /** Inpatients with the day of their last assessment (the module's own tables). */
    private static final String INPATIENTS = """
            (select i.*, (select max(a.assessed_on) from psych_assessments a where a.inpatient_id = i.id)
                as last_assessed_on from inpatients i) inpatients""";
    /** Interventions with their inpatient's hospital, name and ward. */
    private static final String INTERVENTIONS = """
            (select c.*, i.hospital_id, i.department_id, i.patient_masked from crisis_interventions c
                join inpatients i on i.id = c.inpatient_id) interventions""";

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final Trail trail;
    private final DisplayTimes times;

    CareQueries(JdbcClient jdbc, OrganizationDirectory directory, Trail trail, DisplayTimes times) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.trail = trail;
        this.times = times;
    }

    /** Inpatients in hospital in the scope; {@code dueOnly}: those due within the next days or overdue. */
    Page<InpatientView> inpatients(boolean dueOnly, DataScope scope, Pageable pageable) {
        return inpatientQuery(dueOnly, scope).page(jdbc, INPATIENTS, INPATIENT_SORT, this::inpatientRow, pageable);
    }

    /** How many inpatients the list shows (a home card's count: patients due an assessment). */
    long countInpatients(boolean dueOnly, DataScope scope) {
        return inpatientQuery(dueOnly, scope).count(jdbc, INPATIENTS);
    }

    private PagedQuery inpatientQuery(boolean dueOnly, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id").and("discharged_on is null");
        if (dueOnly) {
            query.and("due_on <= :dueBy", "dueBy", AssessmentSchedule.dueBy(times.today()));
        }
        return query;
    }

    InpatientView inpatient(long id, DataScope scope) {
        InpatientView found = new PagedQuery().and("id = :id", "id", id)
                .list(jdbc, INPATIENTS, "id", this::inpatientRow).stream()
                .filter(inpatient -> scope.includes(inpatient.hospitalId())).findFirst()
                .orElseThrow(() -> new NotFound("inpatient", id));
        List<InpatientView.Assessment> assessments = jdbc.sql(
                "select * from psych_assessments where inpatient_id = :i order by assessed_on desc, id desc")
                .param("i", id).query((rs, n) -> new InpatientView.Assessment(rs.getLong("id"),
                        rs.getObject("assessed_on", LocalDate.class), rs.getString("assessed_by"),
                        AssessmentResult.valueOf(rs.getString("result")), rs.getObject("score", Integer.class),
                        rs.getString("note"))).list();
        List<InterventionView> interventions = new PagedQuery().and("inpatient_id = :i", "i", id)
                .list(jdbc, INTERVENTIONS, "opened_at desc", (rs, n) -> interventionRow(rs, List.of()));
        return found.with(assessments, interventions);
    }

    Page<InterventionView> interventions(boolean openOnly, DataScope scope, Pageable pageable) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id");
        if (openOnly) {
            query.and("status = 'OPEN'");
        }
        return query.page(jdbc, INTERVENTIONS, INTERVENTION_SORT, (rs, n) -> interventionRow(rs, List.of()), pageable);
    }

    /** The open interventions of the scope (the ward's page shows them above its list). */
    List<InterventionView> openInterventions(DataScope scope) {
        return interventions(true, scope, PageRequest.of(0, 50)).getContent();
    }

    InterventionView intervention(long id, DataScope scope) {
        return new PagedQuery().and("id = :id", "id", id)
                .list(jdbc, INTERVENTIONS, "id", (rs, n) -> interventionRow(rs, followUps(rs.getLong("id")))).stream()
                .filter(intervention -> scope.includes(intervention.hospitalId())).findFirst()
                .orElseThrow(() -> new NotFound("intervention", id));
    }

    private List<com.safeward.trail.TrailEntry> followUps(long id) {
        return trail.of(CrisisIntervention.trail(id)).stream().filter(entry -> "FOLLOWED_UP".equals(entry.action()))
                .toList();
    }

    private InpatientView inpatientRow(ResultSet rs, int n) throws SQLException {
        LocalDate today = times.today();
        LocalDate admitted = rs.getObject("admitted_on", LocalDate.class);
        LocalDate discharged = rs.getObject("discharged_on", LocalDate.class);
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        long hospital = rs.getLong("hospital_id");
        return new InpatientView(rs.getLong("id"), hospital, ward(hospital, rs.getLong("department_id")),
                rs.getString("admission_no"), rs.getString("patient_masked"), rs.getString("bed"), admitted, discharged,
                ChronoUnit.DAYS.between(admitted, discharged == null ? today : discharged),
                rs.getObject("last_assessed_on", LocalDate.class), discharged == null ? due : null,
                AssessmentSchedule.status(due, discharged, today), List.of(), List.of());
    }

    private InterventionView interventionRow(ResultSet rs, List<com.safeward.trail.TrailEntry> followUps)
            throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        long hospital = rs.getLong("hospital_id");
        return new InterventionView(rs.getLong("id"), hospital, rs.getLong("inpatient_id"), rs.getString("patient_masked"),
                ward(hospital, rs.getLong("department_id")), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"), InterventionStatus.valueOf(rs.getString("status")),
                closed == null ? null : closed.toInstant(), rs.getString("closed_by"), rs.getString("outcome"), followUps);
    }

    private String ward(long hospitalId, long departmentId) {
        return directory.department(hospitalId, departmentId).map(DepartmentView::name).orElse("");
    }
}
