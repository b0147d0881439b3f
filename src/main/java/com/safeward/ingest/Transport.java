package com.safeward.ingest;

/** How a device event arrived. */
enum Transport {
    MQTT, HTTP
}
