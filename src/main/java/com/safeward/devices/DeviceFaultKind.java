package com.safeward.devices;

/** What is wrong with a device, as its fault says. */
public enum DeviceFaultKind {
    /** A panic button that is switched off was pressed: the alarm was raised anyway (GB 50394). */
    PRESSED_WHILE_DISABLED,
    /** A decommissioned panic button was pressed: it is still on a wall somewhere. */
    PRESSED_WHILE_DECOMMISSIONED,
    /** A panic button with no area was pressed: the alarm's place is a guess. */
    PRESSED_WHILE_UNASSIGNED;

    static DeviceFaultKind pressedWhile(DeviceCondition condition) {
        return switch (condition) {
            case DISABLED -> PRESSED_WHILE_DISABLED;
            case DECOMMISSIONED -> PRESSED_WHILE_DECOMMISSIONED;
            default -> PRESSED_WHILE_UNASSIGNED;
        };
    }
}
