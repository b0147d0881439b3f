package com.safeward.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.mqtt.*}: {@code url} of an external broker (e.g. {@code tcp://broker:1883});
 * when blank, the embedded broker is started on {@code embedded.port} (default 18830).
 */
@ConfigurationProperties("safeward.mqtt")
record MqttProperties(boolean enabled, String url, Embedded embedded, String username, String password,
        String clientId) {

    MqttProperties {
        embedded = embedded == null ? new Embedded(18830) : embedded;
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
