package com.safeward.dispatch;

/** Why a guard is sent. */
public enum GuardTaskKind {
    /** 出警: respond to an alarm (INC-1). */
    ALARM_RESPONSE,
    /** 陪诊: accompany a high-risk person (WL-3). */
    ESCORT,
    /** 盯防: keep close watch (WL-3). */
    CLOSE_WATCH
}
