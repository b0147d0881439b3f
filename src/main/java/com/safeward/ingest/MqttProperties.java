package com.safeward.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.mqtt.*}: {@code url} of an external broker (e.g. {@code tcp://broker:1883});
 * when blank, the embedded broker is started on {@code embedded.port} (default 18830). Device
 * events are handled by {@code workers} threads with a queue of {@code queue-capacity} messages.
 * {@code client-id} defaults to "safeward-" + host name: stable across restarts (the broker keeps the
 * persistent session and its queued messages) and distinct per node.
 */
@ConfigurationProperties("safeward.mqtt")
record MqttProperties(boolean enabled, String url, Embedded embedded, String username, String password,
        String clientId, String topicFilter, Integer workers, Integer queueCapacity) {

    MqttProperties {
        embedded = embedded == null ? new Embedded(18830) : embedded;
        // In a cluster use a shared subscription, e.g. $share/safeward/safeward/+/devices/+/events
        topicFilter = topicFilter == null || topicFilter.isBlank() ? "safeward/+/devices/+/events" : topicFilter;
        workers = workers == null ? 4 : workers;
        queueCapacity = queueCapacity == null ? 1000 : queueCapacity;
    }

    boolean usesEmbeddedBroker() {
        return enabled && (url == null || url.isBlank());
    }

    String effectiveUrl() {
        return usesEmbeddedBroker() ? "tcp://127.0.0.1:" + embedded.port() : url.trim();
    }

    record Embedded(int port) {
    }
}
