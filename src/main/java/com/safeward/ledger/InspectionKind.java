package com.safeward.ledger;

/** SUP-2: a hospital's self-check, or a regulator's or the police's inspection, spot check or unannounced visit. */
enum InspectionKind {
    /** 自查. */
    SELF_CHECK,
    /** 检查. */
    INSPECTION,
    /** 抽查. */
    SPOT_CHECK,
    /** 暗访: not shown to the hospital until it is submitted. */
    UNANNOUNCED;

    /** Kinds the hospital itself makes; the others are made by regulators and the police. */
    boolean byHospital() {
        return this == SELF_CHECK;
    }
}
