package com.safeward.organizations;

/** 省 / 市 / 县(区): a region's level; a regulator's level is its region's. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY;

    /** The level a child region must have, or null when none may exist below. */
    RegionLevel childLevel() {
        return switch (this) {
            case PROVINCE -> CITY;
            case CITY -> COUNTY;
            case COUNTY -> null;
        };
    }
}
