/**
 * Device intake transport (TEC-1, TEC-7): on the embedded defaults an MQTT broker inside the
 * node (127.0.0.1 only, its own port so it never clashes with a broker on 1883); in production
 * an external broker. The node keeps one MQTT client connected, reconnecting by itself, and
 * reports its state on {@code /actuator/health}. Parsing device events and raising alarms from
 * them belongs to the alarms work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Device intake")
package com.safeward.ingest;
