package com.safeward.devices;

/** Kinds of security devices (TEC-1, SCR-2). */
public enum DeviceType {
    /** 一键报警按钮 (INC-1). */
    PANIC_BUTTON,
    INTRUSION_DETECTOR,
    ACCESS_DOOR,
    CAMERA,
    /** NVR. */
    RECORDER,
    PATROL_READER,
    SCREENING_GATE,
    GATEWAY
}
