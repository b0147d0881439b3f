package com.safeward.circulars;

import java.util.Set;

/** INC-7: a health commission circulated a typical case to these hospitals (their security officers and leaders are told). */
public record CircularIssued(long circularId, Set<Long> hospitalIds, String title, String lessons) {
}
