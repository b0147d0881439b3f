package com.safeward.disputes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public complaint API (DSP-1), for a hospital's website or mini program: no login. Rate-limited
 * per client address (429 over it); a submission needs a ticket fetched at least a few seconds
 * before (see {@link PublicComplaintGuard}). What comes back never names staff or the complainant.
 */
@RestController
@RequestMapping("/api/v1/public/complaints")
@Tag(name = "Public complaints", description = "DSP-1: file, follow and add to a complaint without a login")
class PublicComplaintApi {

    /** The hospital's published process and a ticket for one submission. */
    record FormTicket(ComplaintProcess.Published process, String ticket) {
    }

    /** Filed: the number to follow it with. */
    record Filed(String trackingNumber) {
    }

    /** Something the complainant adds. */
    record AdditionRequest(String content) {
    }

    private final PublicComplaints complaints;

    PublicComplaintApi(PublicComplaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/form")
    @Operation(summary = "The hospital's complaint process and contacts, and a ticket to file one (hospital by code)")
    FormTicket form(@RequestParam String hospital, HttpServletRequest request) {
        PublicComplaints.Page page = complaints.page(hospital, request.getRemoteAddr());
        return new FormTicket(page.process(), page.ticket());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a complaint with the ticket from /form; answers its tracking number")
    Filed file(@RequestParam String hospital, @Valid @RequestBody PublicComplaintForm form, HttpServletRequest request) {
        return new Filed(complaints.file(hospital, form, request.getRemoteAddr()));
    }

    @GetMapping("/{trackingNumber}")
    @Operation(summary = "Where a complaint stands, and the feedback once given")
    ComplaintQueries.PublicStatus track(@PathVariable String trackingNumber, HttpServletRequest request) {
        return complaints.track(trackingNumber, request.getRemoteAddr());
    }

    @PostMapping("/{trackingNumber}/additions")
    @Operation(summary = "Add to a complaint (not once it is closed)")
    ComplaintQueries.PublicStatus add(@PathVariable String trackingNumber, @RequestBody AdditionRequest request,
            HttpServletRequest http) {
        return complaints.add(trackingNumber, request.content(), http.getRemoteAddr());
    }
}
