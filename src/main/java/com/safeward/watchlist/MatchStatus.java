package com.safeward.watchlist;

/** WL-3: where a match stands: open until security confirms a possible match or dismisses it. */
public enum MatchStatus {
    OPEN, CONFIRMED, DISMISSED
}
