package com.safeward.reports;

/** Who a report goes to. */
public enum Recipient {
    /** 县级卫生健康行政部门 */ COUNTY_HEALTH,
    /** 市级卫生健康委 */ CITY_HEALTH,
    /** 省级卫生健康委 */ PROVINCE_HEALTH,
    /** 国家卫生健康委 */ NATIONAL_HEALTH,
    /** 当地综治部门 */ COUNTY_GOVERNANCE
}
