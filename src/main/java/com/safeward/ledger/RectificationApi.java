package com.safeward.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.evidence.EvidenceView;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.BodyValidator;
import com.safeward.web.PageResponse;

/**
 * The rectification ledger 整改台账 (RSK-2). Read: the hospital's management its whole ledger, its
 * other staff the items they or their department own, regulators their region's hospitals, the
 * police the items their inspections raised. Raise by hand: security, leaders, regulators, police.
 * Assign: security and leaders. Progress and photos: the owner (else the owning department) and the
 * security officers. Verify or send back: security, leaders, regulators, the police — never the
 * owner or whoever recorded the fix (实销账). Outside the viewer's ledger every id answers 404.
 */
@RestController
@RequestMapping("/api/v1/rectifications")
@Tag(name = "Rectification ledger", description = "RSK-2: 整改台账 — owner, measures, deadline, verification by someone else")
class RectificationApi {

    private final Rectifying rectifying;
    private final LedgerQueries queries;
    private final LedgerExport export;
    private final OrganizationDirectory directory;
    private final BodyValidator validator;

    RectificationApi(Rectifying rectifying, LedgerQueries queries, LedgerExport export, OrganizationDirectory directory,
            BodyValidator validator) {
        this.rectifying = rectifying;
        this.queries = queries;
        this.export = export;
        this.directory = directory;
        this.validator = validator;
    }

    @GetMapping
    @PreAuthorize(LedgerAccess.LEDGER)
    @Operation(summary = "Ledger items, nearest deadline first; q searches problem and place")
    PageResponse<RectificationView> list(@ParameterObject LedgerQueries.LedgerFilter filter,
            @ParameterObject Pageable pageable, @AuthenticationPrincipal Actor actor) {
        return PageResponse.of(queries.list(filter, viewer(actor), pageable), r -> r);
    }

    @GetMapping("/export")
    @PreAuthorize(LedgerAccess.EXPORT)
    @Operation(summary = "The filtered ledger as an Excel workbook (.xlsx, at most 10,000 rows)")
    ResponseEntity<byte[]> export(@ParameterObject LedgerQueries.LedgerFilter filter, @ParameterObject Pageable pageable,
            @AuthenticationPrincipal Actor actor) {
        return export.workbook(filter, pageable, viewer(actor));
    }

    @GetMapping("/{id}")
    @PreAuthorize(LedgerAccess.LEDGER)
    @Operation(summary = "One item with its trail and photos")
    RectificationView get(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return queries.get(id, viewer(actor));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LedgerAccess.RAISE)
    @Operation(summary = "Enter a problem by hand; owner department default: the security department; due date default: by severity")
    RectificationView open(@Valid @RequestBody FindingForm form, @AuthenticationPrincipal Actor actor) {
        return rectifying.open(form, viewer(actor));
    }

    @PutMapping("/{id}/assignment")
    @PreAuthorize(LedgerAccess.ASSIGN)
    @Operation(summary = "Set owner department, person, measures and due date (a later date makes reminder and escalation due again)")
    RectificationView assign(@PathVariable long id, @RequestBody(required = false) AssignForm form,
            @AuthenticationPrincipal Actor actor) {
        LedgerViewer viewer = visible(id, actor);
        return rectifying.assign(id, validator.valid(form == null ? new AssignForm() : form), viewer);
    }

    @PostMapping("/{id}/progress")
    @PreAuthorize(LedgerAccess.WORK)
    @Operation(summary = "Record what was done; fixed=true hands the item over for verification on site")
    RectificationView progress(@PathVariable long id, @RequestBody(required = false) ProgressForm form,
            @AuthenticationPrincipal Actor actor) {
        LedgerViewer viewer = visible(id, actor);
        return rectifying.progress(id, validator.valid(form == null ? new ProgressForm() : form), viewer);
    }

    @PostMapping(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LedgerAccess.WORK)
    @Operation(summary = "A photo of the fix (JPEG, PNG, WebP; recognised by content, size-limited)")
    EvidenceView photo(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal Actor actor) {
        return rectifying.addPhoto(id, file, viewer(actor));
    }

    @GetMapping("/{id}/photos/{fileId}")
    @PreAuthorize(LedgerAccess.LEDGER)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId,
            @AuthenticationPrincipal Actor actor) {
        return queries.photo(id, fileId, viewer(actor)).asDownload();
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize(LedgerAccess.VERIFY)
    @Operation(summary = "实销账: the fix holds on site; closes the item. Not by its owner or whoever recorded the fix")
    RectificationView verify(@PathVariable long id, @RequestBody(required = false) VerdictForm form,
            @AuthenticationPrincipal Actor actor) {
        LedgerViewer viewer = visible(id, actor);
        return rectifying.verify(id, validator.valid(form == null ? new VerdictForm() : form), viewer);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(LedgerAccess.VERIFY)
    @Operation(summary = "The fix does not hold: back to the owner, with a note saying why")
    RectificationView reject(@PathVariable long id, @RequestBody(required = false) VerdictForm form,
            @AuthenticationPrincipal Actor actor) {
        LedgerViewer viewer = visible(id, actor);
        return rectifying.reject(id, validator.valid(form == null ? new VerdictForm() : form), viewer);
    }

    private LedgerViewer visible(long id, Actor actor) {
        LedgerViewer viewer = viewer(actor);
        queries.visible(id, viewer); // 404 outside the viewer's ledger, before the body is looked at
        return viewer;
    }

    private LedgerViewer viewer(Actor actor) {
        return LedgerViewer.of(actor, directory.currentScope());
    }
}
