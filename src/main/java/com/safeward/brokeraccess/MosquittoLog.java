package com.safeward.brokeraccess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.commons.io.input.Tailer;
import org.apache.commons.io.input.TailerListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * What an external Mosquitto says about the clients it refused (issue 17, point 1), line by line:
 * from its log topic (connections only: Mosquitto never publishes its debug lines there) or, when
 * {@code safeward.mqtt.access.mosquitto-log-file} names its log file, from that file as it grows
 * (commons-io {@link Tailer}, which follows logrotate). A connection refused for its credentials is
 * counted without a device (Mosquitto names neither the user nor the client); a publish denied by
 * the plugin's ACL (a device on another device's topic) is a debug line naming the client, which an
 * earlier "New client connected … u'user'" line ties to the device that signed in.
 */
@Component
class MosquittoLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MosquittoLog.class);
    /** {@code New client connected from 127.0.0.1:58054 as dev-1 (p2, c1, k60, u'H001/ED-PB-01').} */
    private static final Pattern CONNECTED = Pattern.compile("New client connected from \\S+ as (\\S+) \\(.*\\bu'([^']*)'\\)");
    /** {@code Denied PUBLISH from dev-1 (d0, q1, r0, m1, 'safeward/H001/devices/X/events', ... (5 bytes))} */
    private static final Pattern DENIED_PUBLISH = Pattern.compile("Denied PUBLISH from (\\S+) \\(d\\d, q\\d, r\\d, m\\d+, '");
    private static final Duration POLL = Duration.ofMillis(250);

    private final BrokerRefusals refusals;
    private final Path file;
    /** Client identifier → the user name it signed in with; bounded, forgotten a day after its last use. */
    private final Cache<String, String> users = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofDays(1)).build();
    private Tailer tailer;
    private volatile boolean missingReported;

    MosquittoLog(BrokerRefusals refusals, BrokerAccessProperties properties) {
        this.refusals = refusals;
        this.file = properties.mosquittoLog().orElse(null);
    }

    /** Whether the log file is read (then the log topic is not, or each refused connection would count twice). */
    boolean readsFile() {
        return file != null;
    }

    /** One line of Mosquitto's log, with or without its time stamp. */
    void line(String text) {
        if (text.contains("disconnected, not authorised") || text.contains("disconnected, bad username or password")) {
            refusals.refused(null, RefusalReason.BAD_CREDENTIALS, null);
            return;
        }
        Matcher connected = CONNECTED.matcher(text);
        if (connected.find()) {
            users.put(connected.group(1), connected.group(2));
            return;
        }
        Matcher denied = DENIED_PUBLISH.matcher(text);
        if (denied.find()) {
            String username = users.getIfPresent(denied.group(1));
            if (username == null) {
                refusals.refused(null, RefusalReason.FOREIGN_TOPIC, null);
            } else {
                refusals.refusedSignIn(username, RefusalReason.FOREIGN_TOPIC);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (file == null || tailer != null) {
            return;
        }
        tailer = Tailer.builder().setPath(file).setCharset(StandardCharsets.UTF_8).setTailFromEnd(true)
                .setDelayDuration(POLL).setTailerListener(new TailerListenerAdapter() {
                    @Override
                    public void handle(String line) {
                        line(line);
                    }

                    @Override
                    public void fileNotFound() { // asked at every poll: said once
                        if (missingReported) {
                            return;
                        }
                        missingReported = true;
                        log.warn("Mosquitto log {} not found (safeward.mqtt.access.mosquitto-log-file); waiting for it", file);
                    }

                    @Override
                    public void handle(Exception failure) {
                        log.warn("Mosquitto log {} unreadable: {}", file, failure.toString());
                    }
                }).get();
        log.info("Counting the refusals Mosquitto writes to {}", file);
    }

    @Override
    public synchronized void stop() {
        if (tailer != null) {
            tailer.close();
            tailer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return tailer != null;
    }
}
