package com.safeward.ingest;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;

/**
 * Handles device events arriving over MQTT on a bounded pool: each message is committed (or
 * dead-lettered) before it is acknowledged to the broker. While the database is unreachable the
 * message is retried with back-off and not acknowledged, so nothing acknowledged is lost; when
 * the pool is full the client's own thread does the work, which stops reading from the broker.
 */
@Component
class MqttDeviceEvents {

    private static final Logger log = LoggerFactory.getLogger(MqttDeviceEvents.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final DeviceDirectory devices;
    private final DeviceEventParser parser;
    private final DeviceEventIntake intake;
    private final DeadLetters deadLetters;
    private final ThreadPoolExecutor workers;
    private volatile boolean running = true;

    MqttDeviceEvents(DeviceDirectory devices, DeviceEventParser parser, DeviceEventIntake intake,
            DeadLetters deadLetters, MqttProperties properties) {
        this.devices = devices;
        this.parser = parser;
        this.intake = intake;
        this.deadLetters = deadLetters;
        int threads = properties.workers();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), new CustomizableThreadFactory("mqtt-intake-"),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    java.util.concurrent.Executor executor() {
        return workers;
    }

    void handle(Mqtt3Publish publish) {
        String topic = publish.getTopic().toString();
        byte[] payload = publish.getPayloadAsBytes();
        long backoff = 100;
        while (true) {
            try {
                process(topic, payload);
                publish.acknowledge();
                return;
            } catch (DataAccessException | TransactionException databaseTrouble) {
                if (!running) {
                    log.warn("Stopping with an unacknowledged message on {}; the broker will redeliver it", topic);
                    return;
                }
                log.warn("Could not store the message on {} ({}); retrying in {} ms", topic,
                        databaseTrouble.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private void process(String topic, byte[] payload) {
        String[] levels = topic.split("/");
        if (levels.length != 5 || !"devices".equals(levels[2]) || !"events".equals(levels[4])) {
            deadLetters.add(Transport.MQTT, topic, null, "topic: not safeward/{hospital}/devices/{device}/events",
                    payload);
            return;
        }
        DeviceRef device = devices.byCodes(levels[1], levels[3]).orElse(null);
        if (device == null) {
            deadLetters.add(Transport.MQTT, topic, null, "device: unknown or disabled device", payload);
            return;
        }
        try {
            intake.accept(device, parser.parse(payload), Transport.MQTT);
        } catch (RejectedMessage rejected) {
            deadLetters.add(Transport.MQTT, topic, device.hospitalId(), rejected.reason(), payload);
        }
    }

    void stop() {
        running = false;
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
