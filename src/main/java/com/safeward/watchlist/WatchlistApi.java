package com.safeward.watchlist;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.CsvExport;
import com.safeward.web.PageResponse;

/**
 * The high-risk person registry (WL-1, WL-5, WL-7). Propose: security and complaints staff of the
 * hospital. Review (listing, delisting, renewal): the security officer. Read (masked): hospital
 * security, complaints, monitoring center, leaders; the police of the responsible station;
 * regulators of the region. Reveal and export (audited): the security officer and the police.
 */
@RestController
@RequestMapping("/api/v1/watchlist")
@Tag(name = "Watchlist", description = "WL-1, WL-5, WL-7: high-risk persons, reviewed listing and delisting, police export")
class WatchlistApi {

    private final Watchlist watchlist;
    private final ListingQueries queries;
    private final OrganizationDirectory directory;
    private final com.safeward.web.BodyValidator validator;

    WatchlistApi(Watchlist watchlist, ListingQueries queries, OrganizationDirectory directory,
            com.safeward.web.BodyValidator validator) {
        this.validator = validator;
        this.watchlist = watchlist;
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(WatchlistAccess.READ)
    @Operation(summary = "Listings in your scope, identities masked; q finds an exact document number, phone or name")
    PageResponse<ListingView> list(@RequestParam(required = false) ListingStatus status,
            @RequestParam(required = false) RiskCategory category, @RequestParam(required = false) String q,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(queries.list(status, category, q, directory.currentScope(), pageable), l -> l);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WatchlistAccess.PROPOSE)
    @Operation(summary = "Propose a listing (status PROPOSED until the security officer approves it)")
    ListingView propose(@Valid @RequestBody ListingForm form, @AuthenticationPrincipal Actor actor) {
        return watchlist.propose(form, actor, directory.currentScope());
    }

    @GetMapping("/{id}")
    @PreAuthorize(WatchlistAccess.READ)
    @Operation(summary = "One listing with its history and family group, masked")
    ListingView get(@PathVariable long id) {
        return queries.get(id, directory.currentScope());
    }

    /** {@code version}: the listing's version as the reviewer saw it (optional); a stale one is a 409. */
    record Review(@NotNull Boolean approve, @Size(max = 1000) String note, Integer version) {
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(WatchlistAccess.REVIEW)
    @Operation(summary = "Approve or reject a proposed listing or delisting (a rejection needs a note); with the version "
            + "you saw, a listing someone else decided meanwhile answers 409")
    ListingView review(@PathVariable long id, @RequestBody Review review, @AuthenticationPrincipal Actor actor) {
        queries.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(review);
        return watchlist.review(id, review.approve(), review.note(), review.version(), actor, directory.currentScope());
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/{id}/delisting")
    @PreAuthorize(WatchlistAccess.PROPOSE)
    @Operation(summary = "Propose delisting, with a reason; the listing stays screened until the review")
    ListingView proposeDelisting(@PathVariable long id, @RequestBody Reason reason,
            @AuthenticationPrincipal Actor actor) {
        queries.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(reason);
        return watchlist.proposeDelisting(id, reason.reason(), null, actor, directory.currentScope());
    }

    record Renewal(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @NotBlank @Size(max = 1000) String note) {
    }

    @PostMapping("/{id}/renewal")
    @PreAuthorize(WatchlistAccess.REVIEW)
    @Operation(summary = "Keep a listing for longer after review (also brings back an expired one)")
    ListingView renew(@PathVariable long id, @RequestBody Renewal renewal, @AuthenticationPrincipal Actor actor) {
        queries.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(renewal);
        return watchlist.renew(id, renewal.validUntil(), renewal.note(), null, actor, directory.currentScope());
    }

    @PostMapping("/{id}/reveal")
    @PreAuthorize(WatchlistAccess.REVEAL)
    @Operation(summary = "The full identity, with a reason; recorded in the audit trail (WL-7)")
    RevealedListing reveal(@PathVariable long id, @RequestBody Reason reason) {
        queries.get(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(reason);
        return watchlist.reveal(id, reason.reason(), directory.currentScope());
    }

    @GetMapping(value = "/export", produces = "application/json")
    @PreAuthorize(WatchlistAccess.EXPORT)
    @Operation(summary = "WL-5: active listings of your scope with full identities, for the police platform (JSON; "
            + "format=csv for a spreadsheet); the reason is recorded in the audit trail")
    Object export(@RequestParam String reason, @RequestParam(defaultValue = "json") String format,
            HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = watchlist.exportForPolice(reason, directory.currentScope());
        if (!"csv".equalsIgnoreCase(format)) {
            return rows;
        }
        List<String> headers = List.of("id", "hospital", "name", "documentType", "documentNumber", "phone", "birthDate",
                "sex", "category", "riskLevel", "reasons", "validUntil");
        CsvExport.write(response, "watchlist.csv", headers,
                rows.stream().map(row -> headers.stream().map(row::get).toList()).toList());
        return null;
    }
}
