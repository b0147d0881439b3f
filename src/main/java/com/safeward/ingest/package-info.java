/**
 * Device event intake (TEC-1, TEC-7, INC-1): one adapter for MQTT (topic
 * {@code safeward/{hospitalCode}/devices/{deviceCode}/events}, QoS 1) and HTTP
 * ({@code POST /api/v1/device-events} with the device's token). Each event is validated, stored
 * once per (device, event id) and published as {@link com.safeward.ingest.DeviceEventReceived}
 * inside the same transaction, so whatever reacts synchronously (alarms) commits with it; only
 * then is the device or broker told it was received. MQTT messages that cannot be accepted go to
 * a dead-letter list with the reason. On the embedded defaults an MQTT broker runs inside the
 * node on 127.0.0.1:18830, where devices sign in with their token (module {@code brokeraccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Device intake",
        allowedDependencies = {"brokeraccess", "devices", "organizations"})
package com.safeward.ingest;
