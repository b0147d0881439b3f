package com.safeward.disputes;

/** DSP-2: how the written notice of channels reached the patient side. */
public enum NoticeDelivery {
    /** 当面交付 */ HANDED_OVER,
    /** 患方签收 */ SIGNED,
    /** 患方拒收（已当面告知） */ REFUSED
}
