package com.safeward.alarms;

import com.safeward.devices.DeviceRef;

/**
 * The alarm as it was raised, with its device: lets the stream show it without reading it back
 * (published next to {@link AlarmChanged} "RAISED", inside the intake transaction).
 */
record AlarmRaised(Alarm alarm, DeviceRef device) {
}
