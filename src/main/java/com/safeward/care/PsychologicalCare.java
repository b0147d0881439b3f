package com.safeward.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.personaldata.Sealed;
import com.safeward.texts.DisplayTimes;
import com.safeward.trail.Trail;

/**
 * WL-6 use cases: admissions (from the ward or the hospital information system), assessments on
 * the schedule of the hospital's region ({@link AssessmentSchedule}), discharges, and the crisis
 * interventions an assessment opens, followed up until closed. A crisis reaches security and the
 * ward's staff through {@link CrisisFound}. Days are Asia/Shanghai days from the Clock.
 */
@Service
@Transactional
class PsychologicalCare {

    private final Inpatients inpatients;
    private final CrisisInterventions interventions;
    private final CareQueries queries;
    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Trail trail;
    private final CareProperties properties;
    private final DisplayTimes times;
    private final Clock clock;

    PsychologicalCare(Inpatients inpatients, CrisisInterventions interventions, CareQueries queries, JdbcClient jdbc,
            PersonalData personalData, OrganizationDirectory directory, ApplicationEventPublisher events,
            AuditTrail audit, Trail trail, CareProperties properties, DisplayTimes times, Clock clock) {
        this.inpatients = inpatients;
        this.interventions = interventions;
        this.queries = queries;
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.trail = trail;
        this.properties = properties;
        this.times = times;
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
        Sealed patient = personalData.seal(PersonalDataKind.NAME, form.patientName);
        Inpatient admitted;
        try {
            admitted = inpatients.save(Inpatient.admit(hospitalId, ward.id(), form.admissionNo.trim(), patient.cipher(),
                    patient.masked(), form.bed == null || form.bed.isBlank() ? null : form.bed.trim(), form.admittedOn,
                    times.today(), scheduleOf(hospitalId), actor, Instant.now(clock)));
        } catch (DuplicateKeyException twice) {
            throw new RuleViolation("admissionNo", "validation.care.admissionNo");
        }
        audit.record(AuditEntry.created("Inpatient", admitted.id(), hospitalId, patient.masked() + " " + ward.name()));
        return queries.inpatient(admitted.id(), DataScope.of(java.util.Set.of(hospitalId)));
    }

    InpatientView discharge(long id, LocalDate on, String actor, DataScope scope) {
        Inpatient inpatient = inpatients.visibleIn(id, scope);
        LocalDate day = on == null ? times.today() : on;
        inpatients.save(inpatient.discharge(day, times.today()));
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "Inpatient", id, inpatient.hospitalId(),
                Text.of("audit.inpatient.discharged", day.toString())));
        return queries.inpatient(id, scope);
    }

    /** Records an assessment; a crisis opens an intervention and alerts security and the ward at once. */
    InpatientView assess(long id, AssessmentResult result, Integer score, String note, LocalDate on, String actor,
            DataScope scope) {
        Inpatient inpatient = inpatients.visibleIn(id, scope);
        LocalDate day = on == null ? times.today() : on;
        Inpatient assessed = inpatient.assessed(day, times.today(), scheduleOf(inpatient.hospitalId()));
        if (score != null && (score < 0 || score > 100)) {
            throw new RuleViolation("score", "validation.care.score");
        }
        if (result != AssessmentResult.NO_CONCERN && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "validation.care.note");
        }
        if (assessed != inpatient) {
            inpatients.save(assessed);
        }
        Instant now = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into psych_assessments (inpatient_id, assessed_on, assessed_by, result, score, note, recorded_at)
                values (:i, :on, :by, :result, :score, :note, :at)""")
                .param("i", id).param("on", day).param("by", actor).param("result", result.name()).param("score", score)
                .param("note", note == null || note.isBlank() ? null : note.trim())
                .param("at", java.sql.Timestamp.from(now)).update(key, "id");
        long assessment = key.getKeyAs(Number.class).longValue();
        audit.record(AuditEntry.created("PsychAssessment", assessment, inpatient.hospitalId(), result.name()));
        events.publishEvent(new com.safeward.compliance.ComplianceRecordsChanged(inpatient.hospitalId(), "WL-6"));
        if (result == AssessmentResult.CRISIS) {
            CrisisIntervention opened = interventions.save(CrisisIntervention.open(id, assessment, actor, now));
            events.publishEvent(new CrisisFound(opened.id(), id, inpatient.hospitalId(), inpatient.departmentId(),
                    inpatient.patientMasked(), inpatient.bed()));
        }
        return queries.inpatient(id, scope);
    }

    InterventionView followUp(long id, String note, String actor, DataScope scope) {
        visible(id, scope).followedUp(note);
        trail.add(CrisisIntervention.trail(id), actor, "FOLLOWED_UP", note);
        return queries.intervention(id, scope);
    }

    InterventionView close(long id, String outcome, String actor, DataScope scope) {
        interventions.save(visible(id, scope).close(outcome, actor, Instant.now(clock)));
        return queries.intervention(id, scope);
    }

    /** The intervention, if its inpatient's hospital is in the scope (404 otherwise). */
    private CrisisIntervention visible(long id, DataScope scope) {
        queries.intervention(id, scope);
        return interventions.findById(id).orElseThrow(() -> new NotFound("intervention", id));
    }

    private AssessmentSchedule scheduleOf(long hospitalId) {
        return properties.scheduleFor(directory.regionCodesOf(hospitalId));
    }
}
