package com.safeward.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Supervision actions (SUP-3). Read: regulators and committees (their hospitals), a hospital's
 * security officers, leaders and admin (their own). Record: regulators, about a hospital in their
 * region. Respond: the hospital's security officers and leaders. Outside the scope: 404.
 */
@RestController
@RequestMapping("/api/v1/supervision-actions")
@Tag(name = "Supervision", description = "SUP-3: guidance, interviews (约谈), accountability, commendations; the hospital's response")
class SupervisionApi {

    private final Supervision supervision;
    private final OrganizationDirectory directory;

    SupervisionApi(Supervision supervision, OrganizationDirectory directory) {
        this.supervision = supervision;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.SUPERVISION)
    @Operation(summary = "Actions about your hospitals (or one: hospitalId), newest first")
    List<Supervision.ActionView> list(@RequestParam(required = false) Long hospitalId) {
        return supervision.list(hospitalId, directory.currentScope());
    }

    @GetMapping("/history")
    @PreAuthorize(ComplianceAccess.SUPERVISION)
    @Operation(summary = "A hospital's supervision history: these actions, cases under supervision, circulars")
    List<SupervisionEntry> history(@RequestParam long hospitalId) {
        return supervision.history(hospitalId, directory.currentScope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ComplianceAccess.SUPERVISE)
    @Operation(summary = "Record an action about a hospital (respondBy: the hospital answers by then)")
    Supervision.ActionView take(@Valid @RequestBody SupervisionForm form, @AuthenticationPrincipal Actor actor) {
        return supervision.take(form, List.of(), actor, directory.currentScope());
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAccess.SUPERVISION)
    Supervision.ActionView get(@PathVariable long id) {
        return supervision.get(id, directory.currentScope());
    }

    @PostMapping(value = "/{id}/response", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ComplianceAccess.RESPOND)
    @Operation(summary = "The hospital's response, with documents")
    Supervision.ActionView respond(@PathVariable long id, @RequestParam(required = false) String response,
            @RequestParam(required = false) List<MultipartFile> file, @AuthenticationPrincipal Actor actor) {
        return supervision.respond(id, response, file, actor, directory.currentScope());
    }

    @GetMapping("/{id}/documents/{fileId}")
    @PreAuthorize(ComplianceAccess.SUPERVISION)
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long fileId) {
        return supervision.document(id, fileId, directory.currentScope()).asDownload();
    }
}
