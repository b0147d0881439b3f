package com.safeward.disputes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MissingServletRequestParameterException;
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
import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * Medical disputes (DSP-2 … DSP-9, INC-5). Read: see {@link DisputeAccess#READ} (the hospital's, or
 * the region's for regulators; another hospital's dispute answers 404). Acting on a dispute: the
 * hospital's own staff with the role each operation names. A compensation before the liability
 * determination, and a negotiation or mediation while the linked disturbance goes on, answer 409.
 */
@RestController
@RequestMapping("/api/v1/disputes")
@Tag(name = "Medical disputes", description = "DSP-2…DSP-9, INC-5: parties, channels, sessions, liability before compensation, leaders, notice, review")
class DisputeApi {

    /** All three, each true or false: a flag left out is an error, never a flag cleared by accident. */
    record FlagsRequest(@NotNull Boolean threatToStaff, @NotNull Boolean petitionRisk, @NotNull Boolean criminalRisk) {
    }

    record LeaderRequest(String leader) {
    }

    record ChannelRequest(DisputeChannelKind kind, String body, String reference) {
    }

    record ConclusionRequest(ChannelOutcome outcome, String note) {
    }

    record LiabilityRequest(LiabilityBasis basis, String finding) {
    }

    record CompensationRequest(BigDecimal amount, LocalDate paidOn, String reference) {
    }

    record DeliveryRequest(NoticeDelivery delivery, String recipient, String note) {
    }

    record RevealRequest(String reason) {
    }

    private final DisputeDesk desk;
    private final DisputeChannels channels;
    private final DisputeSettlement settlement;
    private final DisputeReviews reviews;
    private final DisputeNotices notices;
    private final DisputeQueries queries;
    private final DisputeParties parties;
    private final OrganizationDirectory directory;
    private final BodyValidator validator;

    DisputeApi(DisputeDesk desk, DisputeChannels channels, DisputeSettlement settlement, DisputeReviews reviews,
            DisputeNotices notices, DisputeQueries queries, DisputeParties parties, OrganizationDirectory directory,
            BodyValidator validator) {
        this.validator = validator;
        this.desk = desk;
        this.channels = channels;
        this.settlement = settlement;
        this.reviews = reviews;
        this.notices = notices;
        this.queries = queries;
        this.parties = parties;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "Disputes in your scope, newest first; filters: status, highRisk, needsLeader (DSP-5), leader, q")
    PageResponse<DisputeView> list(@ParameterObject DisputeQueries.DisputeFilter filter, @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.list(filter, directory.currentScope(), pageable), d -> d);
    }

    @GetMapping("/{id}")
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "A dispute with its parties (masked), channels, sessions, liability, payments and history")
    DisputeView get(@PathVariable long id) {
        return queries.get(id, directory.currentScope());
    }

    @PostMapping
    @PreAuthorize(DisputeAccess.HANDLE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a dispute, directly or from a complaint (complaintId: the complaint counts as escalated)")
    DisputeView open(@Valid @RequestBody DisputeForm form, @AuthenticationPrincipal Actor actor) {
        return desk.open(form, actor, directory.currentScope());
    }

    @PostMapping("/{id}/parties")
    @PreAuthorize(DisputeAccess.HANDLE)
    @Operation(summary = "Add the patient or a representative (at most the region's number of representatives, 5 by default)")
    DisputeView addParty(@PathVariable long id, @RequestBody PartyForm form, @AuthenticationPrincipal Actor actor) {
        queries.visible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return desk.addParty(id, form, actor, directory.currentScope());
    }

    @PostMapping("/{id}/parties/{partyId}/identity")
    @PreAuthorize(DisputeAccess.REVEAL)
    @Operation(summary = "A party's name, phone and document number unmasked, with a reason (audited)")
    DisputeParties.Identity reveal(@PathVariable long id, @PathVariable long partyId, @RequestBody RevealRequest request,
            @AuthenticationPrincipal Actor actor) {
        return parties.reveal(id, partyId, request.reason(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/flags")
    @PreAuthorize(DisputeAccess.HANDLE)
    @Operation(summary = "Set the risk flags (DSP-9); a new flag alerts security")
    DisputeView flags(@PathVariable long id, @RequestBody FlagsRequest request, @AuthenticationPrincipal Actor actor) {
        queries.visible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(request);
        return desk.flag(id, new Dispute.RiskFlags(request.threatToStaff(), request.petitionRisk(), request.criminalRisk()),
                actor, directory.currentScope());
    }

    @PostMapping("/{id}/leader")
    @PreAuthorize(DisputeAccess.ASSIGN_LEADER)
    @Operation(summary = "Name the leader in charge (DSP-5, 领导包案): a leader of the hospital")
    DisputeView leader(@PathVariable long id, @RequestBody LeaderRequest request, @AuthenticationPrincipal Actor actor) {
        return desk.assignLeader(id, request.leader(), actor, directory.currentScope());
    }

    @GetMapping("/{id}/channels")
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "The channels taken (DSP-3) with their sessions")
    List<DisputeView.Channel> channels(@PathVariable long id) {
        return queries.get(id, directory.currentScope()).channels();
    }

    @PostMapping("/{id}/channels")
    @PreAuthorize(DisputeAccess.HANDLE)
    @Operation(summary = "Take a channel; negotiation and mediation answer 409 while the linked disturbance goes on (INC-5)")
    DisputeView openChannel(@PathVariable long id, @RequestBody ChannelRequest request, @AuthenticationPrincipal Actor actor) {
        return channels.open(id, request.kind(), request.body(), request.reference(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/channels/{channelId}/conclusion")
    @PreAuthorize(DisputeAccess.HANDLE)
    @Operation(summary = "How a channel ended; REFUSED (mediation refused) names the legal channel the patient side was guided to")
    DisputeView conclude(@PathVariable long id, @PathVariable long channelId, @RequestBody ConclusionRequest request,
            @AuthenticationPrincipal Actor actor) {
        return channels.conclude(id, channelId, request.outcome(), request.note(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/sessions")
    @PreAuthorize(DisputeAccess.HANDLE)
    @Operation(summary = "A session of a channel (channelId): time, place, recorded room (DSP-8), the patient side's count (≤ 5)")
    DisputeView session(@PathVariable long id,
            @io.swagger.v3.oas.annotations.Parameter(required = true) @RequestParam(required = false) Long channelId,
            @RequestBody DisputeChannels.SessionForm form, @AuthenticationPrincipal Actor actor)
            throws MissingServletRequestParameterException {
        queries.visible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        if (channelId == null) {
            throw new MissingServletRequestParameterException("channelId", "long");
        }
        validator.valid(form);
        return channels.holdSession(id, channelId, form, actor, directory.currentScope());
    }

    @PostMapping("/{id}/liability")
    @PreAuthorize(DisputeAccess.SETTLE)
    @Operation(summary = "Record the liability determination (DSP-4): appraisal, court judgment or mediation agreement")
    DisputeView liability(@PathVariable long id, @RequestBody LiabilityRequest request, @AuthenticationPrincipal Actor actor) {
        return settlement.determineLiability(id, request.basis(), request.finding(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/compensation")
    @PreAuthorize(DisputeAccess.SETTLE)
    @Operation(summary = "Record a compensation payment; 409 before the liability determination (DSP-4)")
    DisputeView compensation(@PathVariable long id, @RequestBody CompensationRequest request,
            @AuthenticationPrincipal Actor actor) {
        return settlement.recordCompensation(id, request.amount(), request.paidOn(), request.reference(), actor,
                directory.currentScope());
    }

    @GetMapping("/{id}/notice/pdf")
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "The written notice of lawful channels (DSP-2) as a PDF in Chinese")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        return notices.pdf(id, directory.currentScope());
    }

    @GetMapping("/{id}/notice")
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "The notice's deliveries")
    List<DisputeNotices.Delivery> deliveries(@PathVariable long id) {
        queries.visible(id, directory.currentScope());
        return notices.of(id);
    }

    @PostMapping("/{id}/notice")
    @PreAuthorize(DisputeAccess.HANDLE)
    @Operation(summary = "Record the notice's delivery: HANDED_OVER, SIGNED, or REFUSED (with a note)")
    DisputeView deliver(@PathVariable long id, @RequestBody DeliveryRequest request, @AuthenticationPrincipal Actor actor) {
        return notices.recordDelivery(id, request.delivery(), request.recipient(), request.note(), actor,
                directory.currentScope());
    }

    @GetMapping("/{id}/review")
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "The case review (DSP-7), 404 while there is none")
    DisputeReviews.Review review(@PathVariable long id) {
        queries.visible(id, directory.currentScope());
        return reviews.of(id).orElseThrow(() -> new com.safeward.kernel.NotFound("review", id));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(DisputeAccess.SETTLE)
    @Operation(summary = "Review and close (DSP-7): cause, analysis, lessons, measures — one per line, each a ledger item")
    DisputeView review(@PathVariable long id, @RequestBody DisputeReviews.ReviewForm form,
            @AuthenticationPrincipal Actor actor) {
        queries.visible(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return reviews.reviewAndClose(id, form, actor, directory.currentScope());
    }
}
