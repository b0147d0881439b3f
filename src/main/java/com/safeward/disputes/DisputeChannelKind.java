package com.safeward.disputes;

/**
 * DSP-3 (H-2.1.2, N-2.3): the lawful channels of resolving a medical dispute. {@code mediation}
 * marks those that negotiate or mediate: none may start while a linked disturbance goes on (INC-5).
 */
public enum DisputeChannelKind {
    /** 院内协商 */ NEGOTIATION(true),
    /** 人民调解 */ PEOPLES_MEDIATION(true),
    /** 行政调解 */ ADMINISTRATIVE_MEDIATION(true),
    /** 司法确认 */ JUDICIAL_CONFIRMATION(false),
    /** 诉讼 */ LITIGATION(false),
    /** 医疗责任保险理赔 */ INSURANCE_CLAIM(false);

    private final boolean mediation;

    DisputeChannelKind(boolean mediation) {
        this.mediation = mediation;
    }

    public boolean mediation() {
        return mediation;
    }
}
