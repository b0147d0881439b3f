package com.safeward.disputes;

/** How a channel ended (DSP-3); a refusal of mediation is recorded with the legal channel the patient side was guided to. */
public enum ChannelOutcome {
    /** 达成协议（调解协议、和解） */ AGREEMENT,
    /** 调解不成 */ NO_AGREEMENT,
    /** 患方拒绝调解，已引导依法解决 */ REFUSED,
    /** 判决、裁定或确认 */ DECIDED,
    /** 撤回 */ WITHDRAWN
}
