package com.safeward.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.mqtt.*}: {@code url} of an external broker (e.g. {@code tcp://broker:1883});
 * when blank, the embedded broker is started on {@code embedded.port} (default 18830). Device
 * events are stored by {@code workers} threads (default 1: one thread takes larger batches, which cost
 * the node and the database less per event than two threads' smaller ones) in batches of up to {@code batch-size}
 * (default 500) from an inbox of {@code queue-capacity} messages (default 2000). With
 * {@code connections} above 1 (default 1) the node opens that many MQTT connections and shares
 * one subscription among them ({@code $share/<share-group>/...}, group default "safeward": every node
 * of a cluster in one group, so each message goes to one of them), which lifts the broker's per-client
 * limit of unacknowledged messages (Mosquitto: 20); the embedded broker needs 1.
 * {@code client-id} defaults to "safeward-" + host name: stable across restarts (the broker keeps the
 * persistent session and its queued messages) and distinct per node.
 */
@ConfigurationProperties("safeward.mqtt")
record MqttProperties(boolean enabled, String url, Embedded embedded, String username, String password,
        String clientId, String topicFilter, Integer workers, Integer queueCapacity, Integer batchSize,
        Integer connections, String shareGroup) {

    MqttProperties {
        embedded = embedded == null ? new Embedded(18830) : embedded;
        // In a cluster use a shared subscription, e.g. $share/safeward/safeward/+/devices/+/events
        topicFilter = topicFilter == null || topicFilter.isBlank() ? com.safeward.devices.DeviceTopic.ALL : topicFilter;
        workers = workers == null ? 1 : workers;
        queueCapacity = queueCapacity == null ? 2000 : queueCapacity;
        batchSize = batchSize == null ? 500 : batchSize;
        connections = connections == null ? 1 : connections;
        shareGroup = shareGroup == null || shareGroup.isBlank() ? "safeward" : shareGroup;
        if (workers < 1 || queueCapacity < 1 || batchSize < 1 || connections < 1) {
            throw new IllegalArgumentException("safeward.mqtt: workers, queue-capacity, batch-size and connections must be at least 1");
        }
    }

    /** With several connections, one shared subscription spreads the messages over them. */
    String subscriptionFilter() {
        return connections > 1 && !topicFilter.startsWith("$share/") ? "$share/" + shareGroup + "/" + topicFilter : topicFilter;
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
