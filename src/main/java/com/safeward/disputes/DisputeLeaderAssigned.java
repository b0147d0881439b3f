package com.safeward.disputes;

/** DSP-5 (领导包案): a leader of the hospital was put in charge of a dispute; the leader is told. */
public record DisputeLeaderAssigned(long disputeId, long hospitalId, String leader, String summary) {
}
