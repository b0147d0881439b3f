package com.safeward.care;

/** What a psychological assessment found. CRISIS opens an intervention. */
public enum AssessmentResult {
    /** 未见异常 */ NO_CONCERN,
    /** 需关注（加强观察与疏导） */ CONCERN,
    /** 心理危机 */ CRISIS
}
