package com.safeward.incidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.PageResponse;

/**
 * Incidents (INC-2 … INC-5). Report: hospital staff. Read: hospital staff (medical staff and
 * guards: their own reports), police of the responsible station, regulators, within scope.
 * Handle (lifecycle, SOP, guards, 110 call): security officer, monitoring operator. Police
 * entries: police.
 */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "INC-2…INC-5: incidents, lifecycle, SOP, police call record and police entries")
class IncidentApi {

    private final IncidentManagement incidents;
    private final IncidentQueries queries;
    private final IncidentPolice police;
    private final IncidentPersons persons;
    private final OrganizationDirectory directory;
    private final com.safeward.web.BodyValidator validator;

    IncidentApi(IncidentManagement incidents, IncidentQueries queries, IncidentPolice police, IncidentPersons persons,
            OrganizationDirectory directory, com.safeward.web.BodyValidator validator) {
        this.validator = validator;
        this.incidents = incidents;
        this.queries = queries;
        this.police = police;
        this.persons = persons;
        this.directory = directory;
    }

    @GetMapping("/{id}/persons")
    @PreAuthorize(IncidentAccess.READ)
    @Operation(summary = "Persons of the incident, masked (N-1.2, INC-9)")
    java.util.List<IncidentPersonView> persons(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        queries.get(id, actor, directory.currentScope());
        return persons.of(id, directory.currentScope());
    }

    @PostMapping("/{id}/persons")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(IncidentAccess.REGISTER_PERSONS)
    @Operation(summary = "Register a gathered person, suspect or offender; the identity is stored encrypted")
    IncidentPersonView registerPerson(@PathVariable long id, @RequestBody PersonForm form,
            @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return persons.register(id, form, actor.username(), directory.currentScope());
    }

    record RevealRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/{id}/persons/{personId}/reveal")
    @PreAuthorize(IncidentAccess.REVEAL)
    @Operation(summary = "The full identity, with a reason; recorded in the audit trail (WL-7)")
    RevealedPerson reveal(@PathVariable long id, @PathVariable long personId,
            @RequestBody RevealRequest request) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(request);
        return persons.reveal(id, personId, request.reason(), directory.currentScope());
    }

    @PostMapping("/{id}/persons/{personId}/{what:handed-to-police|credit-recorded|employer-notified}")
    @PreAuthorize(IncidentAccess.REGISTER_PERSONS)
    @Operation(summary = "Record that the person was handed to police (N-2.1), recorded for social credit or their employer notified (INC-9)")
    IncidentPersonView mark(@PathVariable long id, @PathVariable long personId, @PathVariable String what,
            @AuthenticationPrincipal Actor actor) {
        return persons.mark(id, personId, what, actor.username(), directory.currentScope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(IncidentAccess.REPORT)
    @Operation(summary = "Report an incident (INC-2)")
    IncidentView report(@Valid @RequestBody ReportForm form, @AuthenticationPrincipal Actor actor) {
        return incidents.report(form, actor, directory.currentScope());
    }

    @GetMapping
    @PreAuthorize(IncidentAccess.READ)
    @Operation(summary = "Incidents of the caller's scope (INC-4), filtered by open, status, type, hospital, "
            + "reported from/to (days in the display zone) and a skipped SOP step; all when open is not given")
    PageResponse<IncidentView> list(@ParameterObject IncidentFilter filter, @AuthenticationPrincipal Actor actor,
            @ParameterObject Pageable pageable) {
        IncidentFilter all = filter.open() == null ? new IncidentFilter(false, filter.status(), filter.type(),
                filter.hospitalId(), filter.from(), filter.to(), filter.skipped()) : filter;
        return PageResponse.of(queries.list(all, actor, directory.currentScope(), pageable), i -> i);
    }

    @GetMapping("/{id}")
    @PreAuthorize(IncidentAccess.READ)
    IncidentView get(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return queries.get(id, actor, directory.currentScope());
    }

    record StatusChange(@NotNull IncidentStatus status, @Size(max = 2000) String summary) {
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(IncidentAccess.HANDLE)
    @Operation(summary = "Move the incident forward (INC-4); closing needs a summary and, for a disturbance, control first")
    IncidentView advance(@PathVariable long id, @RequestBody StatusChange change,
            @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(change);
        return incidents.advance(id, change.status(), change.summary(), actor.username(), directory.currentScope());
    }

    record Dispatch(@NotBlank @Size(max = 64) String guard) {
    }

    @PostMapping("/{id}/dispatch")
    @PreAuthorize(IncidentAccess.HANDLE)
    IncidentView dispatch(@PathVariable long id, @RequestBody Dispatch dispatch,
            @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(dispatch);
        return incidents.dispatchGuard(id, dispatch.guard(), actor.username(), directory.currentScope());
    }

    @PostMapping("/{id}/sop/{position}/done")
    @PreAuthorize(IncidentAccess.HANDLE)
    IncidentView stepDone(@PathVariable long id, @PathVariable int position, @AuthenticationPrincipal Actor actor) {
        return incidents.completeStep(id, position, actor.username(), directory.currentScope());
    }

    record Skip(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/{id}/sop/{position}/skip")
    @PreAuthorize(IncidentAccess.HANDLE)
    @Operation(summary = "Skip an SOP step with a reason; the security department is notified")
    IncidentView stepSkipped(@PathVariable long id, @PathVariable int position, @RequestBody Skip skip,
            @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(skip);
        return incidents.skipStep(id, position, skip.reason(), actor.username(), directory.currentScope());
    }

    @PostMapping("/{id}/police-call")
    @PreAuthorize(IncidentAccess.HANDLE)
    @Operation(summary = "Record the 110 call (INC-3): parties, behaviours, injured yes/no and how many")
    IncidentView policeCall(@PathVariable long id, @RequestBody PoliceCallForm form,
            @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return police.recordCall(id, form, actor.username(), directory.currentScope());
    }

    @PostMapping("/{id}/consequences")
    @PreAuthorize(IncidentAccess.HANDLE)
    @Operation(summary = "Record deaths, injuries, mass incident, criminal case (INC-6); owed reports are created")
    IncidentView consequences(@PathVariable long id, @RequestBody ConsequencesForm form,
            @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return incidents.recordConsequences(id, form, actor.username(), directory.currentScope());
    }

    record PoliceNote(@Size(max = 2000) String opinion) {
    }

    @PostMapping("/{id}/police/{entry}")
    @PreAuthorize(IncidentAccess.POLICE)
    @Operation(summary = "Police of the responsible station: ARRIVED, SCENE_CONTROLLED, or DISPOSAL with the opinion")
    IncidentView police(@PathVariable long id, @PathVariable IncidentPolice.PoliceEntry entry,
            @RequestBody(required = false) PoliceNote note, @AuthenticationPrincipal Actor actor) {
        incidents.requireVisible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        if (note != null) {
            validator.valid(note);
        }
        return police.recordByPolice(id, entry, note == null ? null : note.opinion(), actor.username(),
                directory.currentScope());
    }
}
