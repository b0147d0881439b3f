package com.safeward.devices;

/**
 * What the intake and alarms need to know about a device: who it is, where it is ({@code areaId}:
 * null while not assigned to an area) and whether it is in service.
 */
public record DeviceRef(long id, long hospitalId, Long areaId, String code, String name, DeviceType type,
        DeviceCondition condition) {

    static DeviceRef of(Device d) {
        return new DeviceRef(d.id(), d.hospitalId(), d.areaId(), d.code(), d.name(), d.deviceType(), d.condition());
    }

    public boolean inService() {
        return condition == DeviceCondition.IN_SERVICE;
    }
}
