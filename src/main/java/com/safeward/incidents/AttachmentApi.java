package com.safeward.incidents;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.Forms;

/**
 * Evidence of an incident (INC-4), kept in the evidence store. Upload: the reporter's colleagues
 * in security, the monitoring center and the police; read and download: whoever may read the
 * incident. Downloads are audited.
 */
@Controller
@Tag(name = "Incident evidence", description = "INC-4: photos, video, audio, PDF; type by content, size limited")
class AttachmentApi {

    private final EvidenceStore evidence;
    private final IncidentQueries incidents;
    private final OrganizationDirectory directory;

    AttachmentApi(EvidenceStore evidence, IncidentQueries incidents, OrganizationDirectory directory) {
        this.evidence = evidence;
        this.incidents = incidents;
        this.directory = directory;
    }

    @PostMapping(value = "/api/v1/incidents/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(IncidentAccess.ADD_EVIDENCE)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach evidence (JPEG, PNG, WebP, MP4, MP3 or PDF, recognised by content; size-limited)")
    EvidenceView upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal Actor actor) {
        IncidentView incident = incidents.get(id, actor, directory.currentScope());
        return evidence.store(Incident.evidence(id), incident.hospitalId(), file, actor.username());
    }

    @GetMapping("/api/v1/incidents/{id}/attachments")
    @PreAuthorize(IncidentAccess.READ)
    @ResponseBody
    List<EvidenceView> list(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        incidents.get(id, actor, directory.currentScope());
        return evidence.of(Incident.evidence(id));
    }

    @GetMapping({"/api/v1/incidents/{id}/attachments/{attachmentId}", "/incidents/{id}/attachments/{attachmentId}"})
    @PreAuthorize(IncidentAccess.READ)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
            @AuthenticationPrincipal Actor actor) {
        IncidentView incident = incidents.get(id, actor, directory.currentScope());
        return evidence.download(Incident.evidence(id), attachmentId, incident.hospitalId()).asDownload();
    }

    @PostMapping("/incidents/{id}/attachments")
    @PreAuthorize(IncidentAccess.ADD_EVIDENCE)
    String uploadPage(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/incidents/" + id, () -> upload(id, file, actor));
    }
}
