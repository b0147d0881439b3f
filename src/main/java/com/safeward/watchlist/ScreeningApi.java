package com.safeward.watchlist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.dispatch.GuardTaskKind;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.PageResponse;

/**
 * Real-name screening (WL-2, WL-3). {@code POST /api/v1/screenings}: hospital information
 * systems with an integration token holding {@code SCREENING_SUBMIT} (the token's hospital is the
 * screening's). Reading results: security, monitoring center, leaders of the hospital; the
 * police of the responsible station; regulators. Acting on a match: security and the monitoring
 * center of the hospital.
 */
@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screenings", description = "WL-2, WL-3: screening of appointments, registrations, admissions and "
        + "visitors against the high-risk person registry, and the actions on a match")
class ScreeningApi {

    private final Screenings screenings;
    private final ScreeningMatches matches;
    private final OrganizationDirectory directory;
    private final com.safeward.web.BodyValidator validator;
    private final com.safeward.kernel.RateLimit screeningsByCaller;

    ScreeningApi(Screenings screenings, ScreeningMatches matches, OrganizationDirectory directory,
            com.safeward.web.BodyValidator validator, WatchlistProperties properties) {
        this.screeningsByCaller = new com.safeward.kernel.RateLimit("screenings", properties.screeningsPerMinute(),
                java.time.Duration.ofMinutes(1));
        this.validator = validator;
        this.screenings = screenings;
        this.matches = matches;
        this.directory = directory;
    }

    @PostMapping
    @PreAuthorize(WatchlistAccess.SCREEN)
    @Operation(summary = "Screen a person: NONE, EXACT (same document) or POSSIBLE (same name and birth date, or a "
            + "name variant — traditional/simplified, homophone — with the same phone or birth date). On a match, "
            + "security and the department's staff are alerted before the answer is sent. At most "
            + "safeward.watchlist.screenings-per-minute (600) per caller (integration token): beyond it 429 with Retry-After.")
    ScreeningResult screen(@Valid @RequestBody ScreeningRequest request, @AuthenticationPrincipal Actor actor) {
        screeningsByCaller.take(actor.username()); // issue 17, point 4: one runaway HIS cannot starve the others
        return screenings.screen(actor.hospitalId(), request, actor.username());
    }

    @GetMapping
    @PreAuthorize(WatchlistAccess.READ_SCREENINGS)
    @Operation(summary = "Screenings in your scope, newest first, identities masked; matches only unless all=true; "
            + "status OPEN, CONFIRMED or DISMISSED; since: screened at or after that instant; one hospital (WL-3)")
    PageResponse<ScreeningView> list(@RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) MatchStatus status, @RequestParam(required = false) java.time.Instant since,
            @RequestParam(required = false) Long hospitalId, @ParameterObject Pageable pageable) {
        return PageResponse.of(matches.list(!all, status, since, hospitalId, directory.currentScope(), pageable), s -> s);
    }

    @GetMapping("/{id}")
    @PreAuthorize(WatchlistAccess.READ_SCREENINGS)
    ScreeningView get(@PathVariable long id) {
        return matches.get(id, directory.currentScope());
    }

    record GuardAssignment(@NotNull GuardTaskKind kind, @NotNull String guard, @Size(max = 500) String instructions) {
    }

    @PostMapping("/{id}/guard")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    @Operation(summary = "Send a guard to escort (ESCORT, 陪诊) or keep close watch (CLOSE_WATCH, 盯防)")
    ScreeningView assignGuard(@PathVariable long id, @RequestBody GuardAssignment assignment,
            @AuthenticationPrincipal Actor actor) {
        matches.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(assignment);
        return matches.assignGuard(id, assignment.kind(), assignment.guard(), assignment.instructions(),
                actor.username(), directory.currentScope());
    }

    record Note(@Size(max = 1000) String note) {
    }

    @PostMapping("/{id}/police-report")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    @Operation(summary = "Report to the police: opens an incident linked to the screening")
    ScreeningView reportToPolice(@PathVariable long id, @RequestBody Note note,
            @AuthenticationPrincipal Actor actor) {
        matches.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(note);
        return matches.reportToPolice(id, note.note(), actor.username(), directory.currentScope());
    }

    record Talk(@NotNull MatchAction action, @Size(max = 1000) String note) {
    }

    @PostMapping("/{id}/talks")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    @Operation(summary = "Record legal education (LEGAL_EDUCATION_GIVEN) or a warning (WARNING_GIVEN) given to the person")
    ScreeningView recordTalk(@PathVariable long id, @RequestBody Talk talk, @AuthenticationPrincipal Actor actor) {
        matches.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(talk);
        return matches.recordTalk(id, talk.action(), talk.note(), actor.username(), directory.currentScope());
    }

    record Decision(@NotNull Boolean confirm, @Size(max = 1000) String note) {
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    @Operation(summary = "Confirm a possible match as the listed person, or dismiss it (with a note)")
    ScreeningView decide(@PathVariable long id, @RequestBody Decision decision,
            @AuthenticationPrincipal Actor actor) {
        matches.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(decision);
        return matches.decide(id, decision.confirm(), decision.note(), actor.username(), directory.currentScope());
    }
}
