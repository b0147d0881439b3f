package com.safeward.brokeraccess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;
import com.safeward.devices.DeviceTopic;
import com.safeward.identity.SecretTokens;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Who may sign in to the embedded broker and what they may do there (issue 17, point 1). A device
 * signs in with {@code hospitalCode/deviceCode} (or its bare code) and its token, and may publish
 * only to {@code safeward/{hospitalCode}/devices/{deviceCode}/events}; every publish checks again
 * that the token it signed in with is still its token (a rotated token or a device switched off
 * stops at once). The node signs in with its own credentials and is the only one that may subscribe.
 * A publish without credentials is taken only for a hospital in the migration grace, and logged.
 * Everything refused is counted ({@link BrokerRefusals}). Called on the broker's threads.
 */
@Service
public class DeviceLogins {

    private static final Logger log = LoggerFactory.getLogger(DeviceLogins.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in device: the one topic it may publish to, and the hash of the token it showed. */
    private record Session(DeviceRef device, String topic, String tokenHash) {
    }

    private final DeviceDirectory devices;
    private final OrganizationDirectory organizations;
    private final BrokerRefusals refusals;
    private final Set<String> graceHospitals;
    private final BrokerCredentials node;
    /** By client identifier; a client signing in again replaces its entry. Bounded, not timed. */
    private final Cache<String, Session> sessions = Caffeine.newBuilder().maximumSize(1_000_000).build();

    DeviceLogins(DeviceDirectory devices, OrganizationDirectory organizations, BrokerRefusals refusals,
            BrokerAccessProperties properties, @Value("${safeward.mqtt.url:}") String externalBroker,
            @Value("${safeward.mqtt.username:}") String nodeUsername, @Value("${safeward.mqtt.password:}") String nodePassword) {
        this.devices = devices;
        this.organizations = organizations;
        this.refusals = refusals;
        this.graceHospitals = properties.graceHospitalCodes();
        boolean embedded = externalBroker == null || externalBroker.isBlank();
        if (nodeUsername != null && !nodeUsername.isBlank()) {
            this.node = new BrokerCredentials(nodeUsername.trim(), nodePassword == null ? "" : nodePassword);
        } else {
            this.node = embedded ? new BrokerCredentials("safeward-node", generatedPassword()) : new BrokerCredentials(null, null);
        }
    }

    /**
     * The node's own credentials: {@code safeward.mqtt.username}/{@code password}, or, when none are
     * configured, for the embedded broker a name and a password generated at start-up (it lives and
     * dies with the node), for an external one none (it must then take the node without).
     */
    public BrokerCredentials nodeCredentials() {
        return node;
    }

    /** Whether anyone without credentials may connect (only to publish under the migration grace). */
    public boolean anonymousMayConnect() {
        return !graceHospitals.isEmpty();
    }

    /** CONNECT with a user name: the node, or a device with its token. */
    public boolean signIn(String clientId, String username, byte[] password) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String secret = password == null ? "" : new String(password, StandardCharsets.UTF_8);
        if (username.equals(node.username())) {
            if (MessageDigest.isEqual(node.password().getBytes(StandardCharsets.UTF_8),
                    secret.getBytes(StandardCharsets.UTF_8))) {
                sessions.invalidate(clientId);
                return true;
            }
            refusals.refused(null, RefusalReason.BAD_CREDENTIALS, username);
            return false;
        }
        Optional<DeviceRef> device = devices.authenticate(secret);
        Optional<DeviceTopic> own = device.flatMap(d -> organizations.hospitalCode(d.hospitalId())
                .map(hospitalCode -> new DeviceTopic(hospitalCode, d.code())));
        if (own.isPresent() && (username.equals(device.get().code()) || username.equals(own.get().username()))) {
            sessions.put(clientId, new Session(device.get(), own.get().topic(),
                    SecretTokens.hash(secret.trim())));
            return true;
        }
        refusals.refusedSignIn(username, RefusalReason.BAD_CREDENTIALS);
        return false;
    }

    /** PUBLISH: a device to its own topic with a token still its own; without credentials only under the grace. */
    public boolean mayPublish(String clientId, String username, String topic) {
        if (username == null) {
            String hospitalCode = DeviceTopic.parse(topic).map(DeviceTopic::hospitalCode).orElse(null);
            if (hospitalCode != null && graceHospitals.contains(hospitalCode.toUpperCase(java.util.Locale.ROOT))) {
                log.warn("MQTT publish without credentials taken under the migration grace of {}: {}", hospitalCode,
                        printable(topic));
                return true;
            }
            refusals.refusedOnTopic(topic, RefusalReason.ANONYMOUS);
            return false;
        }
        Session session = sessions.getIfPresent(clientId);
        if (session == null) {
            // the node, or a client whose session this node no longer knows: it publishes nothing
            refusals.refusedOnTopic(topic, RefusalReason.FOREIGN_TOPIC);
            return false;
        }
        if (!session.topic().equals(topic)) {
            refusals.refused(session.device(), RefusalReason.FOREIGN_TOPIC, username);
            return false;
        }
        if (devices.byTokenHash(session.tokenHash()).isEmpty()) {
            refusals.refused(session.device(), RefusalReason.REVOKED, username);
            return false;
        }
        return true;
    }

    /**
     * PUBLISH asked by an external broker's hook (EMQX): as {@link #mayPublish} when this node signed
     * the client in; a client another node signed in (several nodes behind one hook address) may
     * publish to the topic its {@code hospitalCode/deviceCode} user name names while that device is
     * in use. A token replaced meanwhile is refused from the device's next sign-in, not sooner.
     */
    public boolean mayPublishThroughHook(String clientId, String username, String topic) {
        if (username == null || sessions.getIfPresent(clientId) != null) {
            return mayPublish(clientId, username, topic);
        }
        Optional<DeviceTopic> named = DeviceTopic.parse(topic);
        boolean own = named.isPresent() && username.equals(named.get().username());
        if (own && devices.byCodes(named.get().hospitalCode(), named.get().deviceCode()).isPresent()) {
            return true;
        }
        refusals.refusedSignIn(username, own ? RefusalReason.REVOKED : RefusalReason.FOREIGN_TOPIC);
        return false;
    }

    /** SUBSCRIBE (and what is delivered): the node only. */
    public boolean maySubscribe(String clientId, String username) {
        if (username != null && username.equals(node.username()) && sessions.getIfPresent(clientId) == null) {
            return true;
        }
        Session session = sessions.getIfPresent(clientId);
        refusals.refused(session == null ? null : session.device(), RefusalReason.SUBSCRIBE, username);
        return false;
    }

    /** A client's own text for a log line: short, printable. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String kept = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        return kept.replaceAll("\\p{Cntrl}", "?");
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
