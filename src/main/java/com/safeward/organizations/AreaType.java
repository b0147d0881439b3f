package com.safeward.organizations;

/**
 * Every kind of place the notices name (PAT-2, TEC-3, REG-1, PHY-2). Types marked key areas
 * (重点要害部位) are key by default; any other area can be marked key too.
 */
public enum AreaType {
    ENTRANCE(false), PARKING(false), OUTPATIENT(false), EMERGENCY(false), INPATIENT_WARD(false), WAITING(false),
    PAYMENT(false), GUARD_ROOM(false), COMPLAINT_MEDIATION_ROOM(false), POLICE_ROOM(false),
    MONITORING_CENTER(true), ICU(true), OPERATING_ROOM(true), PEDIATRICS(false), OBSTETRICS(false),
    PSYCHIATRY(false), DERMATOLOGY(false), MACHINE_ROOM(true),
    // PHY-2 key areas
    WATER_SUPPLY(true), POWER_SUPPLY(true), GAS_SUPPLY(true), HEAT_SUPPLY(true), OXYGEN_SUPPLY(true),
    DATA_CENTER(true), FINANCE(true), ARCHIVES(true), LARGE_EQUIPMENT(true), BLOOD_STORAGE(true),
    DRUG_STORAGE(true), HAZARDOUS_MATERIALS(true),
    PERIMETER(false), OFFICE(false), OTHER(false);

    private final boolean keyByDefault;

    AreaType(boolean keyByDefault) {
        this.keyByDefault = keyByDefault;
    }

    public boolean keyByDefault() {
        return keyByDefault;
    }
}
