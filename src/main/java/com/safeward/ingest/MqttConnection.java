package com.safeward.ingest;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's MQTT client: connects at start-up with a persistent session, reconnects by itself
 * with back-off after the broker goes away, and shows its state as the {@code mqtt} health
 * component.
 */
@Component("mqtt")
class MqttConnection implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(MqttConnection.class);

    private final MqttProperties properties;
    private final MqttDeviceEvents deviceEvents;
    private volatile Mqtt3AsyncClient client;
    private volatile boolean subscribed;

    MqttConnection(MqttProperties properties, MqttDeviceEvents deviceEvents) {
        this.properties = properties;
        this.deviceEvents = deviceEvents;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        URI uri = URI.create(properties.effectiveUrl());
        String clientId = properties.clientId() == null || properties.clientId().isBlank()
                ? defaultClientId() : properties.clientId();
        var builder = MqttClient.builder().useMqttVersion3().identifier(clientId)
                .serverHost(uri.getHost()).serverPort(uri.getPort() > 0 ? uri.getPort() : 1883)
                .automaticReconnect().initialDelay(200, TimeUnit.MILLISECONDS).maxDelay(10, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(ctx -> {
                    log.info("MQTT connected to {}", uri);
                    subscribe();
                })
                .addDisconnectedListener(ctx -> {
                    subscribed = false;
                    log.warn("MQTT disconnected from {}: {}", uri, ctx.getCause().getMessage());
                });
        if (properties.username() != null && !properties.username().isBlank()) {
            builder = builder.simpleAuth().username(properties.username())
                    .password(properties.password() == null ? new byte[0] : properties.password().getBytes())
                    .applySimpleAuth();
        }
        client = builder.buildAsync();
        // Acknowledged by the handler only after the event is committed. ALL, not SUBSCRIBED: after a
        // restart the broker delivers what it queued for the persistent session before this client
        // object has subscribed again, and the client library files those under "unsolicited".
        client.publishes(MqttGlobalPublishFilter.ALL, deviceEvents::handle, deviceEvents.executor(), true);
        client.connectWith().cleanSession(false).keepAlive(30).send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.warn("MQTT broker {} not reachable yet ({}); retrying in the background", uri,
                                error.getMessage());
                    }
                });
    }

    private void subscribe() {
        Mqtt3AsyncClient current = client;
        if (current == null) {
            return;
        }
        current.subscribeWith().topicFilter(properties.topicFilter()).qos(MqttQos.AT_LEAST_ONCE).send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.warn("MQTT subscription to {} failed: {}", properties.topicFilter(), error.getMessage());
                    } else {
                        subscribed = true;
                        log.info("Receiving device events on {}", properties.topicFilter());
                    }
                });
    }

    /**
     * Stable across restarts of this node, so the broker keeps its persistent session and hands
     * over the QoS 1 messages queued while the node was down; distinct per host in a cluster.
     */
    static String defaultClientId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException unknown) {
            host = "node";
        }
        return "safeward-" + host.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    @Override
    public void stop() {
        Mqtt3AsyncClient current = client;
        client = null;
        deviceEvents.stop();
        if (current != null && current.getState().isConnectedOrReconnect()) {
            current.disconnect();
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return EmbeddedBroker.PHASE + 10;
    }

    boolean connected() {
        Mqtt3AsyncClient current = client;
        return current != null && current.getState() == MqttClientState.CONNECTED;
    }

    /** Connected and subscribed to the device topics: device events are being received. */
    boolean receiving() {
        return connected() && subscribed;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.unknown().withDetail("enabled", false).build();
        }
        return (receiving() ? Health.up() : Health.down()).withDetail("broker", properties.effectiveUrl())
                .withDetail("connected", connected()).withDetail("subscribed", subscribed).build();
    }
}
