package com.safeward.disputes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;

/**
 * DSP-1 without a login: a patient files a complaint on the hospital's public page, gets a tracking
 * number, follows it and adds to it with that number. {@link PublicComplaintGuard} admits each
 * request first; a wrong tracking number looks the same as a missing one.
 */
@Service
@Transactional
class PublicComplaints {

    private final ComplaintProcess process;
    private final ComplaintDesk desk;
    private final ComplaintQueries queries;
    private final PublicComplaintGuard guard;

    PublicComplaints(ComplaintProcess process, ComplaintDesk desk, ComplaintQueries queries, PublicComplaintGuard guard) {
        this.process = process;
        this.desk = desk;
        this.queries = queries;
        this.guard = guard;
    }

    /** The page for a hospital (by its code) and a fresh ticket for its form. */
    @Transactional(readOnly = true)
    Page page(String hospitalCode, String address) {
        guard.admitView(address);
        ComplaintProcess.Published published = process.ofCode(hospitalCode);
        return new Page(published, guard.ticket(published.hospitalId()));
    }

    record Page(ComplaintProcess.Published process, String ticket) {
    }

    /** Files it; the answer is the tracking number. */
    String file(String hospitalCode, PublicComplaintForm form, String address) {
        long hospitalId = process.ofCode(hospitalCode).hospitalId();
        guard.admitSubmission(address, hospitalId, form);
        return desk.filePublic(hospitalId, form);
    }

    @Transactional(readOnly = true)
    ComplaintQueries.PublicStatus track(String trackingNumber, String address) {
        guard.admitLookup(address);
        return queries.publicStatus(find(trackingNumber));
    }

    ComplaintQueries.PublicStatus add(String trackingNumber, String content, String address) {
        guard.admitLookup(address);
        Complaint complaint = find(trackingNumber);
        desk.add(complaint, content, null);
        return queries.publicStatus(complaint);
    }

    private Complaint find(String trackingNumber) {
        return queries.byTrackingNumber(trackingNumber).orElseThrow(() -> new NotFound("complaint", "tracking number"));
    }
}
