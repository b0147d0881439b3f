package com.safeward.ledger;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/**
 * Checklist templates (SUP-2). Read: whoever inspects or is inspected. Templates: system admins
 * (every region's) and regulators (their region's), each change a new version. A hospital's own
 * items: its security officers and admin, for hospitals in their scope.
 */
@RestController
@RequestMapping("/api/v1/checklists")
@Tag(name = "Checklists", description = "SUP-2: versioned checklist templates; a hospital's own items")
class ChecklistApi {

    private final Checklists checklists;
    private final OrganizationDirectory directory;

    ChecklistApi(Checklists checklists, OrganizationDirectory directory) {
        this.checklists = checklists;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(LedgerAccess.CHECKLISTS)
    @Operation(summary = "The current version of each template; with hospitalId, those usable at that hospital")
    List<ChecklistTemplateView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long hospitalId) {
        if (hospitalId != null) {
            directory.currentScope().require(hospitalId, "hospital", hospitalId);
            return checklists.usableAt(hospitalId);
        }
        return checklists.current(q);
    }

    @GetMapping("/{id}")
    @PreAuthorize(LedgerAccess.CHECKLISTS)
    @Operation(summary = "One version with its items; with hospitalId, that hospital's own items after them")
    ChecklistTemplateView get(@PathVariable long id, @RequestParam(required = false) Long hospitalId) {
        if (hospitalId != null) {
            directory.currentScope().require(hospitalId, "hospital", hospitalId);
        }
        return checklists.get(id, hospitalId);
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize(LedgerAccess.CHECKLISTS)
    @Operation(summary = "Every version of the template, newest first")
    List<ChecklistTemplateView> versions(@PathVariable long id) {
        return checklists.versions(checklists.get(id, null).code());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LedgerAccess.MAINTAIN)
    @Operation(summary = "A new template (version 1, no items yet); a regulator's belongs to its region")
    ChecklistTemplateView create(@Valid @RequestBody ChecklistTemplateForm form, @AuthenticationPrincipal Actor actor) {
        return checklists.create(form, actor);
    }

    @PostMapping("/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LedgerAccess.MAINTAIN)
    @Operation(summary = "Add an item: answers the new version (past inspections keep theirs)")
    ChecklistTemplateView addItem(@PathVariable long id, @Valid @RequestBody ChecklistItemForm form,
            @AuthenticationPrincipal Actor actor) {
        return checklists.addItem(id, form, actor);
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @PreAuthorize(LedgerAccess.MAINTAIN)
    @Operation(summary = "Remove an item: answers the new version")
    ChecklistTemplateView removeItem(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) String changeNote, @AuthenticationPrincipal Actor actor) {
        return checklists.removeItem(id, itemId, changeNote, actor);
    }

    @PostMapping("/{id}/hospital-items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LedgerAccess.OWN_ITEMS)
    @Operation(summary = "Add one of the hospital's own items (hospitalId in the body: yours) to its next inspections")
    ChecklistItemView addHospitalItem(@PathVariable long id, @Valid @RequestBody ChecklistItemForm form,
            @AuthenticationPrincipal Actor actor) {
        long hospital = form.hospitalId != null ? form.hospitalId : actor.hospitalId() == null ? -1 : actor.hospitalId();
        return checklists.addHospitalItem(id, hospital, form, actor, directory.currentScope());
    }

    @DeleteMapping("/hospital-items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(LedgerAccess.OWN_ITEMS)
    void removeHospitalItem(@PathVariable long itemId) {
        checklists.removeHospitalItem(itemId, directory.currentScope());
    }
}
