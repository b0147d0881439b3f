package com.safeward.ledger;

/** How serious a problem is: decides its default deadline (RSK-2, {@code safeward.ledger.deadline-days}). */
public enum Severity {
    /** 一般. */
    MINOR,
    /** 较大. */
    MAJOR,
    /** 重大: e.g. a blocked fire exit. */
    CRITICAL
}
