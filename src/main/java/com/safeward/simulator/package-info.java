/**
 * Device simulator for demos and benchmarks (a command-line tool, not part of the running
 * platform): registers simulated devices through the REST API and sends heartbeats, door events
 * and an occasional panic press over MQTT or HTTP. See the README.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Device simulator (tool)",
        allowedDependencies = {})
package com.safeward.simulator;
