package com.safeward.care;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * WL-6: long-term inpatients and their psychological assessments. Admissions: ward staff, or a
 * hospital information system with ADMISSIONS_SUBMIT (department by code). Assessments and
 * interventions: ward staff (medical staff). Reading: ward staff, security officer, leaders of
 * the hospital.
 */
@RestController
@Tag(name = "Psychological care", description = "WL-6: long-term inpatients, due and overdue assessments, crisis interventions")
class CareApi {

    private final PsychologicalCare care;
    private final CareQueries queries;
    private final OrganizationDirectory directory;

    private final BodyValidator validator;

    CareApi(PsychologicalCare care, CareQueries queries, OrganizationDirectory directory, BodyValidator validator) {
        this.validator = validator;
        this.care = care;
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/api/v1/inpatients")
    @PreAuthorize(CareAccess.READ)
    @Operation(summary = "Inpatients in hospital, most urgent first (sort: dueOn, admittedOn, bed); due=true: only "
            + "those due within 3 days or overdue")
    PageResponse<InpatientView> inpatients(@RequestParam(defaultValue = "false") boolean due,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.inpatients(due, directory.currentScope(), pageable), i -> i);
    }

    @PostMapping("/api/v1/inpatients")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CareAccess.ADMIT)
    @Operation(summary = "Record an admission (departmentId, or departmentCode from a hospital information system)")
    InpatientView admit(@Valid @RequestBody AdmissionForm form, @AuthenticationPrincipal Actor actor) {
        if (actor.hospitalId() == null) {
            throw new RuleViolation("departmentId", "validation.hospital.unknown");
        }
        return care.admit(actor.hospitalId(), form, actor.username());
    }

    @GetMapping("/api/v1/inpatients/{id}")
    @PreAuthorize(CareAccess.READ)
    InpatientView get(@PathVariable long id) {
        return queries.inpatient(id, directory.currentScope());
    }

    record Discharge(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dischargedOn) {
    }

    @PostMapping("/api/v1/inpatients/{id}/discharge")
    @PreAuthorize(CareAccess.ADMIT)
    InpatientView discharge(@PathVariable long id, @RequestBody Discharge discharge, @AuthenticationPrincipal Actor actor) {
        return care.discharge(id, discharge.dischargedOn(), actor.username(), directory.currentScope());
    }

    record Assessment(@NotNull AssessmentResult result, Integer score, @Size(max = 2000) String note,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn) {
    }

    @PostMapping("/api/v1/inpatients/{id}/assessments")
    @PreAuthorize(CareAccess.CARE)
    @Operation(summary = "Record an assessment (a note unless NO_CONCERN); CRISIS opens an intervention and alerts "
            + "security and the ward's staff")
    InpatientView assess(@PathVariable long id, @RequestBody Assessment assessment,
            @AuthenticationPrincipal Actor actor) {
        queries.inpatient(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(assessment);
        return care.assess(id, assessment.result(), assessment.score(), assessment.note(), assessment.assessedOn(),
                actor.username(), directory.currentScope());
    }

    @GetMapping("/api/v1/crisis-interventions")
    @PreAuthorize(CareAccess.READ)
    @Operation(summary = "Crisis interventions, newest first; open=false: closed ones too")
    PageResponse<InterventionView> interventions(@RequestParam(defaultValue = "true") boolean open,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.interventions(open, directory.currentScope(), pageable), i -> i);
    }

    @GetMapping("/api/v1/crisis-interventions/{id}")
    @PreAuthorize(CareAccess.READ)
    InterventionView intervention(@PathVariable long id) {
        return queries.intervention(id, directory.currentScope());
    }

    record Note(@Size(max = 2000) String note) {
    }

    @PostMapping("/api/v1/crisis-interventions/{id}/follow-ups")
    @PreAuthorize(CareAccess.CARE)
    InterventionView followUp(@PathVariable long id, @Valid @RequestBody Note note, @AuthenticationPrincipal Actor actor) {
        return care.followUp(id, note.note(), actor.username(), directory.currentScope());
    }

    record Closing(@Size(max = 2000) String outcome) {
    }

    @PostMapping("/api/v1/crisis-interventions/{id}/close")
    @PreAuthorize(CareAccess.CARE)
    InterventionView close(@PathVariable long id, @Valid @RequestBody Closing closing, @AuthenticationPrincipal Actor actor) {
        return care.close(id, closing.outcome(), actor.username(), directory.currentScope());
    }
}
