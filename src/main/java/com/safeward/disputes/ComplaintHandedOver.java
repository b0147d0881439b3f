package com.safeward.disputes;

/** 首诉负责制: the owner offers a complaint to a colleague, who is to accept it (or decline). */
public record ComplaintHandedOver(long complaintId, long hospitalId, String from, String to, String subject) {
}
