package com.safeward.incidents;

/**
 * INC-2 (N-2.1, H-2.2.8) and the patrol finds of H-2.3.3. {@code disturbance} marks the kinds
 * that must be stopped before any mediation of the case (INC-5).
 */
public enum IncidentType {
    /** 威胁 */ THREAT(true),
    /** 恐吓 */ INTIMIDATION(true),
    /** 侮辱医务人员 */ INSULT(true),
    /** 暴力伤医 */ VIOLENCE(true),
    /** 医闹、聚众滋事 */ GROUP_DISTURBANCE(true),
    /** 损毁、占据医院财物 */ PROPERTY_DAMAGE(true),
    /** 违规停放尸体、私设灵堂 */ CORPSE_OR_MOURNING_HALL(true),
    /** 巡查发现可疑人员 (H-2.3.3) */ SUSPICIOUS_PERSON(false),
    /** 巡查发现可疑物品 (H-2.3.3) */ SUSPICIOUS_ITEM(false),
    /** 醉酒或暴力的非急诊患者 (WL-4) */ DRUNK_OR_VIOLENT_PATIENT(true),
    /** 高风险人员到院，报告公安 (WL-3) */ HIGH_RISK_PERSON(false),
    /** 一键报警转警情 */ ALARM(false),
    OTHER(false);

    private final boolean disturbance;

    IncidentType(boolean disturbance) {
        this.disturbance = disturbance;
    }

    public boolean disturbance() {
        return disturbance;
    }
}
