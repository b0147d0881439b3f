package com.safeward.watchlist;

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

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.Forms;

/**
 * WL-1: evidence files of a listing (photos, recordings, documents; recognised by content,
 * size-limited). Upload: security and complaints staff of the hospital. Download (audited):
 * the security officer, complaints staff and the police of the responsible station.
 */
@Controller
@Tag(name = "Watchlist", description = "WL-1, WL-5, WL-7: high-risk persons, reviewed listing and delisting, police export")
class ListingEvidenceApi {

    private final Watchlist watchlist;
    private final OrganizationDirectory directory;

    ListingEvidenceApi(Watchlist watchlist, OrganizationDirectory directory) {
        this.watchlist = watchlist;
        this.directory = directory;
    }

    @PostMapping(value = "/api/v1/watchlist/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WatchlistAccess.PROPOSE)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file (JPEG, PNG, WebP, MP4, MP3 or PDF, recognised by content; size-limited)")
    ListingView upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal Actor actor) {
        return watchlist.attachEvidence(id, file, actor, directory.currentScope());
    }

    @GetMapping({"/api/v1/watchlist/{id}/evidence/{evidenceId}", "/watchlist/{id}/evidence/{evidenceId}"})
    @PreAuthorize(WatchlistAccess.DOWNLOAD_EVIDENCE)
    @Operation(summary = "Download an evidence file; recorded in the audit trail")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        return watchlist.evidence(id, evidenceId, directory.currentScope()).asDownload();
    }

    @PostMapping("/watchlist/{id}/evidence")
    @PreAuthorize(WatchlistAccess.PROPOSE)
    String uploadPage(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/watchlist/" + id, () -> watchlist.attachEvidence(id, file, actor,
                directory.currentScope()));
    }
}
