package com.safeward.ledger;

/** Where a ledger item comes from (RSK-2): any look at the hospital that finds a problem. */
public enum RectificationSource {
    /** 自查: the hospital's own inspection. */
    SELF_CHECK,
    /** 检查、抽查、暗访 by a regulator or the police (SUP-2). */
    INSPECTION,
    /** 消防巡查 (FIR-1). */
    FIRE_PATROL,
    /** 风险隐患大摸排 (RSK-1). */
    RISK_SWEEP,
    /** 应急演练 (DRL-2). */
    DRILL,
    /** 纠纷复盘 (DSP-7). */
    DISPUTE_REVIEW,
    /** 技防设施故障 (TEC-6). */
    DEVICE_FAULT,
    /** Found on a walk round and entered by hand. */
    OTHER
}
