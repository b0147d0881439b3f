package com.safeward.watchlist;

/** WL-1 (H-2.1.3): why a person is listed. */
public enum RiskCategory {
    /** 多次反映投诉 */ REPEATED_COMPLAINTS,
    /** 有过激行为 */ AGGRESSIVE_BEHAVIOUR,
    /** 扬言伤医 */ THREATS_TO_HARM_STAFF,
    /** 多次到医院无理缠闹 */ REPEATED_HARASSMENT,
    /** 醉酒吸毒 */ DRUNK_OR_DRUGS,
    /** 有肇事肇祸风险的严重精神障碍患者 */ SEVERE_MENTAL_DISORDER,
    OTHER
}
