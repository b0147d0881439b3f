package com.safeward.organizations;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 派出所 (or hospital police room's station): police users see the hospitals assigned to it (POL-1). */
@Table("police_stations")
record PoliceStation(@Id Long id, Long regionId, String code, String name, String dutyPhone, String address,
        @Version Integer version, Instant createdAt, Instant updatedAt) {

    static PoliceStation register(PoliceStationForm form, Instant now) {
        return new PoliceStation(null, form.regionId, form.code.trim(), form.name.trim(), form.dutyPhone,
                form.address, null, now, now);
    }

    PoliceStation update(PoliceStationForm form, Instant now) {
        return new PoliceStation(id, form.regionId, code, form.name.trim(), form.dutyPhone, form.address, version,
                createdAt, now);
    }
}
