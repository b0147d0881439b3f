package com.safeward.watchlist;

/** Why a screening matched. */
public enum MatchReason {
    /** 证件号码相同 */ SAME_DOCUMENT,
    /** 姓名、出生日期相同 */ SAME_NAME_AND_BIRTH_DATE,
    /** 姓名相同或同音/繁简异写，手机号相同 */ NAME_VARIANT_AND_PHONE,
    /** 同音/繁简异写姓名，出生日期相同 */ NAME_VARIANT_AND_BIRTH_DATE
}
