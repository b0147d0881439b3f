package com.safeward.disputes;

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
import com.safeward.kernel.RecordRef;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.Forms;

/**
 * DSP-3: the documents of a channel — a mediation application, an agreement, an appraisal, a
 * judgment — in the evidence store (type by content, size-limited). Upload: the hospital's dispute
 * handlers; read and download: whoever may read the dispute. Downloads are audited.
 */
@Controller
@Tag(name = "Medical disputes")
class DisputeDocuments {

    static final String OWNER = "DISPUTE_CHANNEL";

    private final EvidenceStore evidence;
    private final DisputeQueries queries;
    private final OrganizationDirectory directory;

    DisputeDocuments(EvidenceStore evidence, DisputeQueries queries, OrganizationDirectory directory) {
        this.evidence = evidence;
        this.queries = queries;
        this.directory = directory;
    }

    static RecordRef of(long channelId) {
        return RecordRef.of(OWNER, channelId);
    }

    @PostMapping(value = "/api/v1/disputes/{id}/channels/{channelId}/documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(DisputeAccess.HANDLE)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a document to a channel (PDF, JPEG, PNG, WebP, MP4 or MP3, recognised by content)")
    EvidenceView upload(@PathVariable long id, @PathVariable long channelId,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor actor) {
        Dispute dispute = queries.ownHospital(id, actor, directory.currentScope());
        queries.channel(id, channelId);
        return evidence.store(of(channelId), dispute.hospitalId(), file, actor.username());
    }

    @GetMapping("/api/v1/disputes/{id}/channels/{channelId}/documents")
    @PreAuthorize(DisputeAccess.READ)
    @ResponseBody
    @Operation(summary = "A channel's documents")
    List<EvidenceView> list(@PathVariable long id, @PathVariable long channelId) {
        queries.visible(id, directory.currentScope());
        return queries.channel(id, channelId).documents();
    }

    @GetMapping({"/api/v1/disputes/{id}/channels/{channelId}/documents/{documentId}",
            "/disputes/{id}/channels/{channelId}/documents/{documentId}/download"})
    @PreAuthorize(DisputeAccess.READ)
    @Operation(summary = "Download a document (audited)")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long channelId, @PathVariable long documentId) {
        Dispute dispute = queries.visible(id, directory.currentScope());
        queries.channel(id, channelId);
        return evidence.download(of(channelId), documentId, dispute.hospitalId()).asDownload();
    }

    @PostMapping("/disputes/{id}/channels/{channelId}/documents")
    @PreAuthorize(DisputeAccess.HANDLE)
    String uploadPage(@PathVariable long id, @PathVariable long channelId,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/disputes/" + id, () -> upload(id, channelId, file, actor));
    }

}
