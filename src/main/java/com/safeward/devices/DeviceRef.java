package com.safeward.devices;

/** What the intake and alarms need to know about a device: who it is and where it is. */
public record DeviceRef(long id, long hospitalId, long areaId, String code, String name, DeviceType type) {

    static DeviceRef of(Device d) {
        return new DeviceRef(d.id(), d.hospitalId(), d.areaId(), d.code(), d.name(), d.deviceType());
    }
}
