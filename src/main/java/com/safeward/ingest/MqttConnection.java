package com.safeward.ingest;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
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

import com.safeward.brokeraccess.BrokerCredentials;
import com.safeward.brokeraccess.DeviceLogins;

/**
 * The node's MQTT clients (one by default; {@code safeward.mqtt.connections} with a shared
 * subscription): each connects at start-up with a persistent session, reconnects by itself with
 * back-off after the broker goes away and subscribes again; their state is the {@code mqtt} health
 * component.
 */
@Component("mqtt")
class MqttConnection implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(MqttConnection.class);

    /** One connection and whether its subscription stands. */
    private static final class Link {
        final Mqtt3AsyncClient client;
        volatile boolean subscribed;

        Link(Mqtt3AsyncClient client) {
            this.client = client;
        }
    }

    private final MqttProperties properties;
    private final MqttDeviceEvents deviceEvents;
    private final BrokerCredentials credentials;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    MqttConnection(MqttProperties properties, MqttDeviceEvents deviceEvents, DeviceLogins logins) {
        this.properties = properties;
        this.deviceEvents = deviceEvents;
        this.credentials = logins.nodeCredentials();
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        deviceEvents.start();
        String base = properties.clientId() == null || properties.clientId().isBlank()
                ? defaultClientId() : properties.clientId();
        // The first keeps the plain id, so a node's persistent session survives a change of the count.
        IntStream.range(0, properties.connections()).forEach(i -> connect(i == 0 ? base : base + "-" + (i + 1)));
    }

    private void connect(String clientId) {
        URI uri = URI.create(properties.effectiveUrl());
        Link[] self = new Link[1];
        var builder = MqttClient.builder().useMqttVersion3().identifier(clientId)
                .serverHost(uri.getHost()).serverPort(uri.getPort() > 0 ? uri.getPort() : 1883)
                .automaticReconnect().initialDelay(200, TimeUnit.MILLISECONDS).maxDelay(10, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(ctx -> {
                    log.info("MQTT {} connected to {}", clientId, uri);
                    subscribe(self[0]);
                })
                .addDisconnectedListener(ctx -> {
                    if (self[0] != null) {
                        self[0].subscribed = false;
                    }
                    log.warn("MQTT {} disconnected from {}: {}", clientId, uri, ctx.getCause().getMessage());
                });
        // The node's own credentials (configured, or generated for the embedded broker): the only subscriber
        if (credentials.present()) {
            builder = builder.simpleAuth().username(credentials.username())
                    .password(credentials.password().getBytes(java.nio.charset.StandardCharsets.UTF_8)).applySimpleAuth();
        }
        Link link = new Link(builder.buildAsync());
        self[0] = link;
        links.add(link);
        // Acknowledged by the intake only after the event is committed. ALL, not SUBSCRIBED: after a
        // restart the broker delivers what it queued for the persistent session before this client
        // object has subscribed again, and the client library files those under "unsolicited".
        link.client.publishes(MqttGlobalPublishFilter.ALL, deviceEvents::handle, true);
        link.client.connectWith().cleanSession(false).keepAlive(30).send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.warn("MQTT broker {} not reachable yet ({}); retrying in the background", uri,
                                error.getMessage());
                    }
                });
    }

    private void subscribe(Link link) {
        if (link == null || !running) {
            return;
        }
        String filter = properties.subscriptionFilter();
        link.client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.warn("MQTT subscription to {} failed: {}", filter, error.getMessage());
                    } else {
                        link.subscribed = true;
                        log.info("Receiving device events on {}", filter);
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
        running = false;
        deviceEvents.stop();
        for (Link link : links) {
            if (link.client.getState().isConnectedOrReconnect()) {
                link.client.disconnect();
            }
        }
        links.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return EmbeddedBroker.PHASE + 10;
    }

    boolean connected() {
        return !links.isEmpty() && links.stream().allMatch(link -> link.client.getState() == MqttClientState.CONNECTED);
    }

    /** Every connection connected and subscribed to the device topics: device events are being received. */
    boolean receiving() {
        return connected() && links.stream().allMatch(link -> link.subscribed);
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.unknown().withDetail("enabled", false).build();
        }
        return (receiving() ? Health.up() : Health.down()).withDetail("broker", properties.effectiveUrl())
                .withDetail("connections", links.size()).withDetail("connected", connected())
                .withDetail("subscribed", links.stream().filter(link -> link.subscribed).count()).build();
    }
}
