package com.safeward.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;
import com.safeward.devices.DeviceTopic;

/**
 * Handles device events arriving over MQTT in micro-batches: the client's thread only puts each
 * message in a bounded inbox; {@code workers} threads each take what has arrived (up to
 * {@code batch-size}, without waiting for more), store it in one transaction and only then
 * acknowledge every message of the batch. Nothing acknowledged is lost (TEC-7): while the
 * database is unreachable the batch is retried with back-off and not acknowledged. A message the
 * database refuses for itself is found by retrying the batch one message at a time and goes to
 * the dead letters. When the inbox is full the client stops reading from the broker.
 */
@Component
class MqttDeviceEvents {

    private static final Logger log = LoggerFactory.getLogger(MqttDeviceEvents.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final DeviceDirectory devices;
    private final DeviceEventParser parser;
    private final DeviceEventIntake intake;
    private final DeadLetters deadLetters;
    private final BlockingQueue<Mqtt3Publish> inbox;
    private final int batchSize;
    private final int workerCount;
    private ExecutorService workers;
    private volatile boolean running;

    MqttDeviceEvents(DeviceDirectory devices, DeviceEventParser parser, DeviceEventIntake intake,
            DeadLetters deadLetters, MqttProperties properties) {
        this.devices = devices;
        this.parser = parser;
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.inbox = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.batchSize = properties.batchSize();
        this.workerCount = properties.workers();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(workerCount, new CustomizableThreadFactory("mqtt-intake-"));
        for (int i = 0; i < workerCount; i++) {
            workers.execute(this::work);
        }
    }

    /** Called by the MQTT client for every message; blocks while the inbox is full (back-pressure). */
    void handle(Mqtt3Publish publish) {
        try {
            inbox.put(publish);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not acknowledged: the broker redelivers it
        }
    }

    private void work() {
        List<Mqtt3Publish> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                Mqtt3Publish first = inbox.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                inbox.drainTo(batch, batchSize - 1);
                if (store(batch)) {
                    batch.forEach(Mqtt3Publish::acknowledge);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                log.error("Device events left unacknowledged after an unexpected error; the broker will redeliver "
                        + "them after a reconnect", unexpected);
            } finally {
                batch.clear();
            }
        }
    }

    /** True once the whole batch is committed or dead-lettered; false only when stopping. */
    private boolean store(List<Mqtt3Publish> batch) throws InterruptedException {
        long backoff = 100;
        while (true) {
            try {
                commit(batch);
                return true;
            } catch (RuntimeException failure) {
                if (!running) {
                    log.warn("Stopping with {} unacknowledged messages; the broker will redeliver them", batch.size());
                    return false;
                }
                if (!isOutage(failure)) {
                    if (batch.size() > 1) {
                        for (Mqtt3Publish single : batch) {
                            if (!store(List.of(single))) {
                                return false;
                            }
                        }
                        return true;
                    }
                    if (deadLetterRefused(batch.get(0), failure)) {
                        return true;
                    }
                }
                log.warn("Could not store {} device events ({}); retrying in {} ms", batch.size(),
                        failure.getMessage(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    /** Errors that say nothing about the messages themselves: retry the same batch later. */
    private static boolean isOutage(Exception failure) {
        return failure instanceof TransactionException || failure instanceof TransientDataAccessException
                || failure instanceof RecoverableDataAccessException
                || failure instanceof DataAccessResourceFailureException;
    }

    /** The database refused this one message: keep it as a dead letter (if the database takes that). */
    private boolean deadLetterRefused(Mqtt3Publish publish, RuntimeException failure) {
        try {
            log.error("Device event on {} could not be stored; kept as a dead letter", publish.getTopic(), failure);
            deadLetters.add(Transport.MQTT, publish.getTopic().toString(), null,
                    "storage: " + failure.getClass().getSimpleName(), publish.getPayloadAsBytes());
            return true;
        } catch (RuntimeException stillFailing) {
            return false;
        }
    }

    private void commit(List<Mqtt3Publish> batch) {
        List<DeviceEventIntake.Arrival> arrivals = new ArrayList<>(batch.size());
        for (Mqtt3Publish publish : batch) {
            DeviceEventIntake.Arrival arrival = validate(publish);
            if (arrival != null) {
                arrivals.add(arrival);
            }
        }
        if (!arrivals.isEmpty()) {
            intake.acceptAll(arrivals);
        }
    }

    /** The arrival, or null when the message went to the dead letters. */
    private DeviceEventIntake.Arrival validate(Mqtt3Publish publish) {
        String topic = publish.getTopic().toString();
        byte[] payload = publish.getPayloadAsBytes();
        DeviceTopic named = DeviceTopic.parse(topic).orElse(null);
        if (named == null) {
            deadLetters.add(Transport.MQTT, topic, null, "topic: not safeward/{hospital}/devices/{device}/events",
                    payload);
            return null;
        }
        DeviceRef device = devices.byCodes(named.hospitalCode(), named.deviceCode()).orElse(null);
        if (device == null) {
            deadLetters.add(Transport.MQTT, topic, null, "device: unknown or disabled device", payload);
            return null;
        }
        try {
            return new DeviceEventIntake.Arrival(device, parser.parse(payload), Transport.MQTT);
        } catch (RejectedMessage rejected) {
            deadLetters.add(Transport.MQTT, topic, device.hospitalId(), rejected.reason(), payload);
            return null;
        }
    }

    synchronized void stop() {
        running = false;
        if (workers == null) {
            return;
        }
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers = null;
        inbox.clear(); // unacknowledged: the broker redelivers them to the next session
    }
}
