package com.safeward.compliance;

/** SUP-3: a regulator recorded an action about a hospital (its people hear of it; a response may be due). */
public record SupervisionActionTaken(long actionId, long hospitalId, String kindKey, String title) {
}
