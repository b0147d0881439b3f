/**
 * Device registry (TEC-1, TEC-7): panic buttons, intrusion detectors, access-control doors,
 * cameras, recorders, patrol readers, screening gates and gateways, each in an area of its
 * hospital, with a code unique in that hospital and a token shown once and stored hashed.
 * {@link com.safeward.devices.DeviceDirectory} authenticates devices for the intake.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Devices",
        allowedDependencies = {"audit", "compliance", "identity", "organizations"})
package com.safeward.devices;
