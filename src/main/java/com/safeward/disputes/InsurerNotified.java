package com.safeward.disputes;

import java.math.BigDecimal;

/** DSP-3: an insurance claim above the region's threshold: the hospital's leaders report it to the insurer. */
public record InsurerNotified(long disputeId, long hospitalId, BigDecimal claimedAmount) {
}
