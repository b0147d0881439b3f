package com.safeward.disputes;

/** DSP-4: what determined the liability — the only ground on which compensation may be paid. */
public enum LiabilityBasis {
    /** 医疗损害鉴定 / 医疗事故技术鉴定 */ APPRAISAL,
    /** 法院判决 */ COURT_JUDGMENT,
    /** 明确责任的调解协议 */ MEDIATION_AGREEMENT
}
