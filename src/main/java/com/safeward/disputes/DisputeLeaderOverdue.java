package com.safeward.disputes;

/**
 * DSP-5: a dispute that needs a leader (open longer than the region's days, a petition, or flagged)
 * still has none; the hospital's leaders and admins and the county's regulators are told, once.
 */
public record DisputeLeaderOverdue(long disputeId, long hospitalId, String summary) {
}
