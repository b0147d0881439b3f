package com.safeward.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.safeward.brokeraccess.DeviceLogins;

/**
 * The broker of the embedded defaults (Moquette, MQTT 3.1.1), bound to 127.0.0.1 with its
 * sessions persisted under the data directory. Telemetry is off: it must not phone home. Who may
 * sign in, publish and subscribe is the device logins' answer (issue 17: devices with their token,
 * each to its own topic; the node alone subscribes).
 * Started before the MQTT client and stopped after it.
 */
@Component
class EmbeddedBroker implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 200;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final MqttProperties properties;
    private final Path dataDir;
    private final DeviceLogins logins;
    private Server server;

    EmbeddedBroker(MqttProperties properties, @Value("${safeward.data-dir}") Path dataDir, DeviceLogins logins) {
        this.properties = properties;
        this.dataDir = dataDir;
        this.logins = logins;
    }

    @Override
    public void start() {
        if (!properties.usesEmbeddedBroker()) {
            return;
        }
        Path brokerData = dataDir.resolve("mqtt");
        try {
            Files.createDirectories(brokerData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties config = new Properties();
        config.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        config.setProperty(BrokerConstants.PORT_PROPERTY_NAME, String.valueOf(properties.embedded().port()));
        config.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        config.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        config.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
        config.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, brokerData.toAbsolutePath() + "/");
        // Devices sign in with their token (issue 17): without credentials only under a hospital's migration grace
        config.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, String.valueOf(logins.anonymousMayConnect()));
        // MQTT 3.1.1: a clean-session client may send an empty identifier (mosquitto_pub does, Mosquitto takes it)
        config.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, "true");
        Server broker = new Server();
        try {
            broker.startServer(new MemoryConfig(config), List.of(), null, logins::signIn, new DevicePolicy(logins));
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded MQTT broker could not start on 127.0.0.1:"
                    + properties.embedded().port() + " (set safeward.mqtt.embedded.port or safeward.mqtt.url)", e);
        }
        server = broker;
        log.info("Embedded MQTT broker listening on 127.0.0.1:{}", properties.embedded().port());
    }

    /** Moquette's authorizator, answered by the device logins (topics arrive as Moquette's type). */
    private record DevicePolicy(DeviceLogins logins) implements IAuthorizatorPolicy {

        @Override
        public boolean canWrite(Topic topic, String user, String client) {
            return logins.mayPublish(client, user, topic.toString());
        }

        @Override
        public boolean canRead(Topic topic, String user, String client) {
            return logins.maySubscribe(client, user);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
