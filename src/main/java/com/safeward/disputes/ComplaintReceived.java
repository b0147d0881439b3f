package com.safeward.disputes;

/** DSP-1: a complaint reached the hospital; one filed on the public page waits for an officer to take it. */
public record ComplaintReceived(long complaintId, long hospitalId, ComplaintChannel channel, String owner,
        String subject) {
}
