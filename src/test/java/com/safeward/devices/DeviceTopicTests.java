package com.safeward.devices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TEC-7: the one place that knows a device's MQTT topic (intake, broker access, Mosquitto's ACLs). */
class DeviceTopicTests {

    @Test
    void aDevicesTopicNamesItsHospitalAndItselfAndNothingElseDoes() {
        DeviceTopic topic = new DeviceTopic("H001", "ED-PB-01");
        assertThat(topic.topic()).isEqualTo("safeward/H001/devices/ED-PB-01/events");
        assertThat(DeviceTopic.parse(topic.topic())).contains(topic);
        assertThat(DeviceTopic.parse("safeward/H001/devices/ED-PB-01/events/extra")).isEmpty();
        assertThat(DeviceTopic.parse("safeward/H001/devices//events")).isEmpty();
        assertThat(DeviceTopic.parse("other/H001/devices/ED-PB-01/events")).isEmpty();
        assertThat(DeviceTopic.parse("safeward/H001/alarms/ED-PB-01/events")).isEmpty();
        assertThat(DeviceTopic.parse(null)).isEmpty();
    }
}
