package com.safeward.disputes;

/** Who a party of the patient side is. */
public enum PartyRole {
    /** 患者 */ PATIENT,
    /** 患方代表（近亲属、委托代理人） */ REPRESENTATIVE
}
