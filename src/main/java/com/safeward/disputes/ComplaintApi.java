package com.safeward.disputes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.PageResponse;

/**
 * Complaints (DSP-1). Read: the hospital's admins, security officers, leaders, patient relations
 * office (its complaints), medical staff (those they received, own or are offered), regulators and
 * committees (their region's), system admins. Record and handle: the hospital's staff named in
 * {@link ComplaintAccess#HANDLE}; only the owner answers, hands over or closes (首诉负责制), only
 * the colleague offered one accepts it. Another hospital's complaint answers 404.
 */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "DSP-1: complaints, first-complaint responsibility, feedback deadlines in working days")
class ComplaintApi {

    /** A hand-over: to whom (a username of the same hospital) and why. */
    record HandoverRequest(String to, String note) {
    }

    /** What the investigation found and the feedback given to the complainant. */
    record AnswerRequest(String findings, String feedback) {
    }

    /** A note added to the complaint. */
    record NoteRequest(String content) {
    }

    private final ComplaintDesk desk;
    private final ComplaintQueries queries;
    private final OrganizationDirectory directory;

    ComplaintApi(ComplaintDesk desk, ComplaintQueries queries, OrganizationDirectory directory) {
        this.desk = desk;
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(ComplaintAccess.READ)
    @Operation(summary = "Complaints in your scope, the nearest feedback deadline first; filters: status, channel, "
            + "open, overdue, mine, unclaimed, q; sort: feedbackDueAt, receivedAt, status, channel, hospitalId")
    PageResponse<ComplaintView> list(@ParameterObject ComplaintQueries.ComplaintFilter filter,
            @ParameterObject Pageable pageable, @AuthenticationPrincipal Actor actor) {
        return PageResponse.of(queries.list(filter, actor, directory.currentScope(), pageable), c -> c);
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplaintAccess.READ)
    @Operation(summary = "A complaint with its additions and history (the complainant masked)")
    ComplaintView get(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return queries.get(id, actor, directory.currentScope());
    }

    @PostMapping
    @PreAuthorize(ComplaintAccess.HANDLE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a complaint you received (in person, by phone, letter or online): you own it")
    ComplaintView register(@Valid @RequestBody ComplaintForm form, @AuthenticationPrincipal Actor actor) {
        return desk.register(form, actor, directory.currentScope());
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Take a complaint filed on the public page that nobody owns yet")
    ComplaintView claim(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return desk.claim(id, actor, directory.currentScope());
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Offer it to a colleague; you stay the owner until they accept (首诉负责制)")
    ComplaintView handOver(@PathVariable long id, @RequestBody HandoverRequest request,
            @AuthenticationPrincipal Actor actor) {
        return desk.handOver(id, request.to(), request.note(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Accept a complaint offered to you: you own it from now on")
    ComplaintView accept(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return desk.accept(id, actor, directory.currentScope());
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Decline a complaint offered to you (or take your offer back): it stays with the owner")
    ComplaintView decline(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return desk.decline(id, actor, directory.currentScope());
    }

    @PostMapping("/{id}/several-departments")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Several departments are involved: the longer feedback deadline applies (10 working days by default)")
    ComplaintView severalDepartments(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return desk.involveSeveralDepartments(id, actor, directory.currentScope());
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Record the findings and the feedback given to the complainant (the owner)")
    ComplaintView answer(@PathVariable long id, @RequestBody AnswerRequest request, @AuthenticationPrincipal Actor actor) {
        return desk.answer(id, request.findings(), request.feedback(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Close an answered complaint (the owner)")
    ComplaintView close(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return desk.close(id, actor, directory.currentScope());
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(ComplaintAccess.HANDLE)
    @Operation(summary = "Add a note")
    ComplaintView note(@PathVariable long id, @RequestBody NoteRequest request, @AuthenticationPrincipal Actor actor) {
        return desk.addNote(id, request.content(), actor, directory.currentScope());
    }
}
