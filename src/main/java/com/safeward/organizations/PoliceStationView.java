package com.safeward.organizations;

/** A police station with its region's name. */
public record PoliceStationView(long id, String code, String name, long regionId, String regionName, String dutyPhone,
        String address) {
}
