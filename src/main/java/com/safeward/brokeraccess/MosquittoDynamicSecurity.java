package com.safeward.brokeraccess;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.safeward.devices.DeviceTopic;

/**
 * Keeps an external Mosquitto 2's dynamic-security plugin in step with the device registry (issue
 * 17, point 1): each device is a broker client named {@code hospitalCode/deviceCode} with its token
 * as password and a role that may publish only to its own topic; a new token replaces the password
 * (the plugin disconnects whoever signed in with the old one), a device switched off is disabled.
 * Commands go to the plugin's control topic over a connection of their own and are taken off the
 * {@link BrokerCredentialQueue} only when the plugin's answer confirms them, so a broker that is
 * away gets them when it is back. The same connection follows the broker's log topic for refused
 * connections ({@link MosquittoLog}), unless the log file is read instead.
 */
@Component
class MosquittoDynamicSecurity implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MosquittoDynamicSecurity.class);
    private static final int BATCH = 50;
    private static final long ANSWER_SECONDS = 10;

    private final BrokerCredentialQueue queue;
    private final MosquittoLog brokerLog;
    private final BrokerAccessProperties.DynamicSecurity settings;
    private final BrokerCredentials credentials;
    private final String url;
    private final String clientId;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private Mqtt3AsyncClient client;
    private ScheduledExecutorService worker;

    MosquittoDynamicSecurity(BrokerCredentialQueue queue, MosquittoLog brokerLog, BrokerAccessProperties properties,
            DeviceLogins logins, @Value("${safeward.mqtt.url:}") String url,
            @Value("${safeward.mqtt.client-id:safeward}") String clientId) {
        this.queue = queue;
        this.brokerLog = brokerLog;
        this.settings = properties.dynamicSecurity();
        this.credentials = settings.username() == null || settings.username().isBlank() ? logins.nodeCredentials()
                : new BrokerCredentials(settings.username(), settings.password() == null ? "" : settings.password());
        this.url = url;
        this.clientId = (clientId == null || clientId.isBlank() ? "safeward" : clientId) + "-dynsec-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || url == null || url.isBlank()) {
            return;
        }
        if (!credentials.present()) {
            throw new IllegalStateException("safeward.mqtt.access.dynamic-security needs the credentials of a broker client "
                    + "allowed to use the plugin's control topic (safeward.mqtt.username/password or "
                    + "safeward.mqtt.access.dynamic-security.username/password)");
        }
        URI broker = URI.create(url.trim());
        client = MqttClient.builder().useMqttVersion3().identifier(clientId).serverHost(broker.getHost())
                .serverPort(broker.getPort() > 0 ? broker.getPort() : 1883)
                .automaticReconnect().initialDelay(200, TimeUnit.MILLISECONDS).maxDelay(10, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .simpleAuth().username(credentials.username())
                .password(credentials.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .addConnectedListener(connected -> subscribe())
                .buildAsync();
        // one handler for both subscriptions, registered once: a callback per subscribe would be added again
        // at every reconnect and count each refused connection once more
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, this::received);
        client.connectWith().cleanSession(true).send().whenComplete((ack, error) -> {
            if (error != null) {
                log.warn("Mosquitto dynamic security: broker {} not reachable yet ({}); retrying", url, error.getMessage());
            }
        });
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "broker-credentials");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::sendWaiting, 1, 5, TimeUnit.SECONDS);
        queue.onQueued(() -> {
            ScheduledExecutorService running = worker;
            if (running != null) {
                running.execute(this::sendWaiting);
            }
        });
    }

    private void subscribe() {
        client.subscribeWith().topicFilter(settings.controlTopic() + "/response").qos(MqttQos.AT_LEAST_ONCE).send();
        if (!brokerLog.readsFile()) {
            client.subscribeWith().topicFilter(settings.logTopic()).qos(MqttQos.AT_MOST_ONCE).send();
        }
        ScheduledExecutorService running = worker;
        if (running != null) {
            running.execute(this::sendWaiting);
        }
    }

    private void received(Mqtt3Publish message) {
        if (message.getTopic().toString().equals(settings.controlTopic() + "/response")) {
            answered(message);
        } else {
            brokerLog.line(new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8));
        }
    }


    private void answered(Mqtt3Publish message) {
        try {
            JsonNode responses = json.readTree(message.getPayloadAsBytes()).path("responses");
            for (JsonNode response : responses) {
                CompletableFuture<JsonNode> waiting = answers.remove(response.path("correlationData").asString(""));
                if (waiting != null) {
                    waiting.complete(responses);
                    return;
                }
            }
        } catch (RuntimeException unreadable) {
            log.warn("Mosquitto dynamic security: unreadable answer ({})", unreadable.getMessage());
        }
    }

    /** Sends what waits, oldest first, one device at a time; stops at the first that is not confirmed. */
    synchronized void sendWaiting() {
        if (client == null || client.getState() != MqttClientState.CONNECTED) {
            return;
        }
        try {
            for (BrokerCredentialQueue.Change change : queue.waiting(BATCH)) {
                if (!send(change)) {
                    queue.failed(change);
                    return;
                }
                queue.confirmed(change);
            }
        } catch (RuntimeException failed) {
            log.warn("Mosquitto dynamic security: sending credentials failed ({}); retrying", failed.getMessage());
        }
    }

    private boolean send(BrokerCredentialQueue.Change change) {
        String correlation = UUID.randomUUID().toString();
        String role = "safeward-device:" + change.username();
        String[] codes = change.username().split("/", 2); // hospitalCode/deviceCode
        String topic = new DeviceTopic(codes[0], codes[1]).topic();
        List<Map<String, Object>> commands = new ArrayList<>();
        if (change.password() != null) {
            commands.add(Map.of("command", "createRole", "rolename", role, "acls",
                    List.of(Map.of("acltype", "publishClientSend", "topic", topic, "allow", true))));
            commands.add(Map.of("command", "createClient", "username", change.username(), "password", change.password(),
                    "roles", List.of(Map.of("rolename", role))));
            // an existing client gets the new password; the plugin disconnects whoever used the old one
            commands.add(Map.of("command", "setClientPassword", "username", change.username(), "password",
                    change.password()));
        }
        commands.add(Map.of("command", change.heard() ? "enableClient" : "disableClient", "username", change.username(),
                "correlationData", correlation));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(correlation, answer);
        try {
            client.publishWith().topic(settings.controlTopic()).qos(MqttQos.AT_LEAST_ONCE)
                    .payload(json.writeValueAsBytes(Map.of("commands", commands))).send()
                    .get(ANSWER_SECONDS, TimeUnit.SECONDS);
            JsonNode responses = answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
            return confirmed(change, responses);
        } catch (TimeoutException | ExecutionException noAnswer) {
            log.warn("Mosquitto dynamic security: no answer for {} ({})", change, noAnswer.getMessage());
            return false;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            answers.remove(correlation);
        }
    }

    /** Every command done, or refused only because what it makes is already there. */
    private boolean confirmed(BrokerCredentialQueue.Change change, JsonNode responses) {
        boolean done = true;
        for (JsonNode response : responses) {
            String error = response.path("error").asString("");
            String command = response.path("command").asString("");
            if (error.isEmpty() || error.contains("already exists")) {
                continue;
            }
            if (change.password() == null && error.contains("not found")) {
                // registered before the broker was kept in step: it learns the device with its next token
                log.warn("Mosquitto dynamic security: {} is not on the broker; rotate its token to provision it",
                        change.username());
                continue;
            }
            log.warn("Mosquitto dynamic security: {} for {} refused: {}", command, change.username(), error);
            done = false;
        }
        return done;
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        if (client != null) {
            if (client.getState().isConnectedOrReconnect()) {
                client.disconnect();
            }
            client = null;
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }
}
