package com.safeward.watchlist;

/** How closely a listed person is watched: HIGH asks for close watch (盯防) and a police report. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
