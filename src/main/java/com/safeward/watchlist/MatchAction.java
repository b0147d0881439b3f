package com.safeward.watchlist;

/** WL-3: what was done about a match, each recorded with time and actor. */
public enum MatchAction {
    /** 预警已发送 */ ALERTED,
    /** 安排陪诊 */ ESCORT_ASSIGNED,
    /** 实施盯防 */ CLOSE_WATCH_ASSIGNED,
    /** 报告公安 */ REPORTED_TO_POLICE,
    /** 法制宣教 */ LEGAL_EDUCATION_GIVEN,
    /** 警示行为后果 */ WARNING_GIVEN,
    /** 疑似匹配确认为本人 */ CONFIRMED,
    /** 疑似匹配排除 */ DISMISSED
}
