package com.safeward.brokeraccess;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.mqtt.access.*}. {@code grace-hospitals}: codes of hospitals whose devices may still
 * publish without credentials while they are migrated (default none; every such publish is logged).
 * A hospital's security officer is alerted when its devices were refused {@code alert-threshold}
 * times (default 20) within {@code alert-window} (default 10 minutes), at most once per window;
 * refusals are written every {@code flush-interval} (default 5 s). {@code dynamic-security}: keep
 * an external Mosquitto 2's dynamic-security plugin in step with the device registry.
 * {@code mosquitto-log-file}: the external Mosquitto's log file ({@code log_dest file …} with
 * {@code log_type debug}), read as it grows to count publishes the broker denied (a device on another
 * device's topic), which Mosquitto writes only there; default none (refused connections are still
 * counted from the log topic). {@code emqx-hook-secret}: the secret EMQX sends in the header
 * {@code X-SafeWard-Hook-Secret} when it asks SafeWard whom to let in and what they may do (its HTTP
 * authentication and authorization); default none: the hooks answer 404.
 */
@ConfigurationProperties("safeward.mqtt.access")
record BrokerAccessProperties(List<String> graceHospitals, Integer alertThreshold, Duration alertWindow,
        Duration flushInterval, DynamicSecurity dynamicSecurity, String mosquittoLogFile, String emqxHookSecret) {

    BrokerAccessProperties {
        graceHospitals = graceHospitals == null ? List.of() : graceHospitals.stream().map(String::trim)
                .filter(code -> !code.isEmpty()).toList();
        alertThreshold = alertThreshold == null ? 20 : alertThreshold;
        alertWindow = alertWindow == null ? Duration.ofMinutes(10) : alertWindow;
        flushInterval = flushInterval == null ? Duration.ofSeconds(5) : flushInterval;
        dynamicSecurity = dynamicSecurity == null ? new DynamicSecurity(false, null, null, null, null) : dynamicSecurity;
        mosquittoLogFile = mosquittoLogFile == null || mosquittoLogFile.isBlank() ? null : mosquittoLogFile.trim();
        emqxHookSecret = emqxHookSecret == null || emqxHookSecret.isBlank() ? null : emqxHookSecret.trim();
        if (alertThreshold < 1 || alertWindow.isNegative() || alertWindow.isZero() || flushInterval.isNegative()
                || flushInterval.isZero()) {
            throw new IllegalArgumentException("safeward.mqtt.access: alert-threshold, alert-window and flush-interval "
                    + "must be positive");
        }
    }

    /** The external Mosquitto's log file to read, if any. */
    java.util.Optional<java.nio.file.Path> mosquittoLog() {
        return java.util.Optional.ofNullable(mosquittoLogFile).map(java.nio.file.Path::of);
    }

    Set<String> graceHospitalCodes() {
        return graceHospitals.stream().map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * Mosquitto 2's dynamic-security plugin: {@code username}/{@code password} of a client allowed to
     * publish to the plugin's {@code control-topic} (default {@code $CONTROL/dynamic-security/v1}) and to
     * subscribe to its response and to {@code log-topic} (default {@code $SYS/broker/log/N}, where a broker
     * with {@code log_dest topic} reports refused connections); default: the node's MQTT credentials.
     */
    record DynamicSecurity(boolean enabled, String username, String password, String controlTopic, String logTopic) {

        DynamicSecurity {
            controlTopic = controlTopic == null || controlTopic.isBlank() ? "$CONTROL/dynamic-security/v1" : controlTopic;
            logTopic = logTopic == null || logTopic.isBlank() ? "$SYS/broker/log/N" : logTopic;
        }
    }
}
