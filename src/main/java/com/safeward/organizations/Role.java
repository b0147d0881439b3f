package com.safeward.organizations;

/**
 * The actors of the requirements catalog. Authorities are {@code ROLE_<name>}.
 */
public enum Role {
    SYSTEM_ADMIN(Affiliation.SYSTEM),
    /** 医院管理员: manages the hospital's master data and accounts. */
    HOSPITAL_ADMIN(Affiliation.HOSPITAL),
    /** 保卫处/科: security department officer. */
    SECURITY_OFFICER(Affiliation.HOSPITAL),
    /** 安全监控中心值班员. */
    MONITORING_OPERATOR(Affiliation.HOSPITAL),
    /** 保安员. */
    GUARD(Affiliation.HOSPITAL),
    /** 医务人员: raise alarms, see high-risk warnings. */
    MEDICAL_STAFF(Affiliation.HOSPITAL),
    /** 医患关系办公室 / 投诉管理. */
    COMPLAINTS_OFFICER(Affiliation.HOSPITAL),
    /** 医院主要负责人 / 分管领导. */
    HOSPITAL_LEADER(Affiliation.HOSPITAL),
    /** 警务室 / 派出所. */
    POLICE(Affiliation.POLICE_STATION),
    /** 卫生健康委 at county, city or province level (the level is its region's). */
    REGULATOR(Affiliation.REGION),
    /** 政法委 / 综治. */
    POLITICAL_LEGAL_COMMITTEE(Affiliation.REGION),
    /** A hospital information system or device gateway using an integration token; never a person. */
    INTEGRATION(Affiliation.HOSPITAL);

    private final Affiliation affiliation;

    Role(Affiliation affiliation) {
        this.affiliation = affiliation;
    }

    public Affiliation affiliation() {
        return affiliation;
    }

    /** Whether people can hold this role (integrations cannot sign in). */
    public boolean assignableToPeople() {
        return this != INTEGRATION;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
