package com.safeward.watchlist;

/** NONE; EXACT: the same document; POSSIBLE: the same person by name and birth date or phone. */
public enum ScreeningOutcome {
    NONE, EXACT, POSSIBLE
}
