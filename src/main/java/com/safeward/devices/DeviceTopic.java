package com.safeward.devices;

import java.util.Optional;

/**
 * The MQTT topic a device publishes its events to (TEC-7): {@code safeward/{hospitalCode}/devices/{deviceCode}/events},
 * as the intake subscribes to it and the broker lets a device publish only to its own.
 */
public record DeviceTopic(String hospitalCode, String deviceCode) {

    /** Every device's topic: what the node subscribes to. */
    public static final String ALL = "safeward/+/devices/+/events";

    /** The user name the device signs in to the broker with: {@code hospitalCode/deviceCode}. */
    public String username() {
        return hospitalCode + "/" + deviceCode;
    }

    /** The topic's text. */
    public String topic() {
        return "safeward/" + hospitalCode + "/devices/" + deviceCode + "/events";
    }

    /** The hospital and device a topic names; empty when the topic is not a device's. */
    public static Optional<DeviceTopic> parse(String topic) {
        String[] levels = topic == null ? new String[0] : topic.split("/", -1);
        return levels.length == 5 && "safeward".equals(levels[0]) && "devices".equals(levels[2])
                && "events".equals(levels[4]) && !levels[1].isEmpty() && !levels[3].isEmpty()
                ? Optional.of(new DeviceTopic(levels[1], levels[3])) : Optional.empty();
    }
}
