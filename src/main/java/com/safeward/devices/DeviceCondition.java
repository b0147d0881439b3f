package com.safeward.devices;

/**
 * Whether a device is in service. Only devices in service are heard, except panic buttons: GB 50394
 * says an emergency alarm is never disarmed, so a press from a panic button in any condition raises
 * an alarm, marked with the condition, and opens a fault for the device (INC-1).
 */
public enum DeviceCondition {
    IN_SERVICE,
    /** 已停用: switched off in the registry. */
    DISABLED,
    /** 已注销: taken out of use for good. */
    DECOMMISSIONED,
    /** 未分配位置: registered, not yet assigned to an area. */
    UNASSIGNED;

    /** Whether events of a device of this type in this condition are taken in. */
    boolean heard(DeviceType type) {
        return this == IN_SERVICE || type == DeviceType.PANIC_BUTTON;
    }
}
