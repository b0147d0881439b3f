package com.safeward.watchlist;

/** WL-2: where in the patient's path the screening happens. */
public enum ScreeningContext {
    /** 预约 */ APPOINTMENT,
    /** 挂号 */ REGISTRATION,
    /** 入院 */ ADMISSION,
    /** 住院探视登记 */ VISITOR_CHECKIN
}
