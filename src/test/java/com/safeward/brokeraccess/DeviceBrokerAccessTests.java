package com.safeward.brokeraccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.exceptions.MqttSessionExpiredException;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestClock;
import com.safeward.TestDevices;
import com.safeward.TestInbox;
import com.safeward.TestLogins;

/**
 * Issue 17, point 1 (INC-1, TEC-7; GB 50394: no false triggering), on the embedded broker: a device
 * signs in with its token and publishes only as itself; a wrong password, a replaced token and a
 * publish to another device's topic raise nothing, are counted against the device, and a burst alerts
 * the hospital's security officer. H002 is in the migration grace: its devices may still publish
 * without credentials (logged); H001's may not.
 */
@SafeWardTest
@Tag("embedded-broker")
@TestPropertySource(properties = {"safeward.mqtt.enabled=true", "safeward.data-dir=target/broker-access-test-data",
        "safeward.mqtt.embedded.port=18831", "safeward.mqtt.access.grace-hospitals=H002",
        "safeward.mqtt.access.alert-threshold=5", "safeward.mqtt.access.flush-interval=PT1H",
        "safeward.mqtt.access.mosquitto-log-file=" + DeviceBrokerAccessTests.MOSQUITTO_LOG,
        "safeward.mqtt.access.emqx-hook-secret=" + DeviceBrokerAccessTests.HOOK_SECRET})
class DeviceBrokerAccessTests {

    /** A Mosquitto log file, written below as Mosquitto 2.0.11 writes it (log_type debug); read from its end. */
    static final String MOSQUITTO_LOG = "target/broker-access-test-data/mosquitto.log";
    /** The secret EMQX's hooks are configured with here (a test value, not a credential). */
    static final String HOOK_SECRET = "emqx-hook-test-secret";

    static {
        try {
            Files.createDirectories(Path.of(MOSQUITTO_LOG).getParent());
            Files.writeString(Path.of(MOSQUITTO_LOG), "1796225936: mosquitto version 2.0.11 running\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired TestDevices devices;
    @Autowired TestLogins logins;
    @Autowired TestInbox inbox;
    @Autowired BrokerRefusals refusals;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Value("${safeward.mqtt.embedded.port}") int port;

    @Test
    void aDeviceWithItsTokenRaisesItsAlarmAndNothingElseGetsThrough() {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        TestDevices.Registered other = devices.register("H001", "PANIC_BUTTON");
        String topic = topic("H001", button.code());

        // its own topic, signed in as hospitalCode/deviceCode or with the bare code: alarms
        Mqtt3BlockingClient device = signIn("H001/" + button.code(), button.token());
        publish(device, topic, "own-1");
        device.disconnect();
        Mqtt3BlockingClient byCode = signIn(button.code(), button.token());
        publish(byCode, topic, "own-2");
        await().atMost(Duration.ofSeconds(15)).until(() -> devices.alarmsOf(button.id()).size() == 2);

        // wrong password, another device's token, no credentials: refused at CONNACK
        assertRefused("H001/" + button.code(), "swd_wrong");
        assertRefused("H001/" + button.code(), other.token());

        // another device's topic: dropped before any subscriber sees it
        publishAsync(byCode, topic("H001", other.code()), "foreign");
        // a token replaced while signed in: what it sends next is not taken; the old token no longer signs in
        String renewed = devices.rotate(button.id());
        publishAsync(byCode, topic, "after-rotation");
        assertRefused("H001/" + button.code(), button.token());
        byCode.disconnect();
        Mqtt3BlockingClient again = signIn("H001/" + button.code(), renewed);
        publish(again, topic, "own-3");
        again.disconnect();

        await().atMost(Duration.ofSeconds(15)).until(() -> devices.alarmsOf(button.id()).size() == 3);
        awaitRefused(button.id(), "BAD_CREDENTIALS", 3);
        awaitRefused(button.id(), "FOREIGN_TOPIC", 1);
        awaitRefused(button.id(), "REVOKED", 1);
        assertThat(devices.alarmsOf(other.id())).isEmpty();
        assertThat(events("foreign") + events("after-rotation")).isZero();
    }

    /**
     * An external Mosquitto denies a publish to another device's topic where only its log file tells:
     * the debug line names the client, the connect line before it the user; a refused connection names
     * nobody. Both counted as they are appended to the file.
     */
    @Test
    void whatMosquittoWritesInItsLogFileIsCountedAgainstTheDeviceThatSignedIn() throws IOException {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        TestDevices.Registered other = devices.register("H001", "PANIC_BUTTON");
        long unattributed = unattributedBadCredentials();
        Files.writeString(Path.of(MOSQUITTO_LOG), String.join("\n",
                "2026-12-02T15:39:52: New connection from 127.0.0.1:35720 on port 1884.",
                "2026-12-02T15:39:52: New client connected from 127.0.0.1:35720 as pb-7 (p2, c1, k60, u'H001/" + button.code() + "').",
                "2026-12-02T15:39:52: Sending CONNACK to pb-7 (0, 0)",
                "2026-12-02T15:39:52: Denied PUBLISH from pb-7 (d0, q1, r0, m1, 'safeward/H001/devices/" + other.code()
                        + "/events', ... (61 bytes))",
                "2026-12-02T15:39:52: Sending PUBACK to pb-7 (m1, rc135)",
                "2026-12-02T15:39:52: Received PUBLISH from pb-7 (d0, q1, r0, m2, 'safeward/H001/devices/" + button.code()
                        + "/events', ... (61 bytes))",
                "2026-12-02T15:39:53: New connection from 127.0.0.1:35728 on port 1884.",
                "2026-12-02T15:39:53: Sending CONNACK to 127.0.0.1 (0, 5)",
                "2026-12-02T15:39:53: Client <unknown> disconnected, not authorised.") + "\n", StandardOpenOption.APPEND);
        awaitRefused(button.id(), "FOREIGN_TOPIC", 1);
        assertThat(refused(other.id(), "FOREIGN_TOPIC")).as("the device whose topic it was did nothing").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            refusals.flush();
            return unattributedBadCredentials() == unattributed + 1;
        });
    }

    /**
     * EMQX asks through its HTTP hooks and gets the embedded broker's answers: the device with its
     * token in, a wrong token out; its own topic only; no subscription; all refusals counted against the
     * device. A client another node signed in publishes to the topic its user name names, nowhere else.
     * Without the shared secret the hooks are not there.
     */
    @Test
    void emqxAsksSafeWardWhomToLetInAndWhatTheyMayDo() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        TestDevices.Registered other = devices.register("H001", "PANIC_BUTTON");
        String username = "H001/" + button.code();
        String own = "safeward/H001/devices/" + button.code() + "/events";
        String foreign = "safeward/H001/devices/" + other.code() + "/events";
        String signIn = Json.object("username", username, "password", button.token(), "clientid", "emqx-pb-1",
                "peerhost", "127.0.0.1");
        hook("authenticate", null, signIn).andExpect(status().isNotFound());
        hook("authenticate", "not-the-secret", signIn).andExpect(status().isNotFound());

        hook("authenticate", HOOK_SECRET, signIn).andExpect(status().isOk()).andExpect(jsonPath("$.result").value("allow"))
                .andExpect(jsonPath("$.is_superuser").value(false));
        hook("authenticate", HOOK_SECRET, Json.object("username", username, "password", "swd_wrong", "clientid", "emqx-pb-2"))
                .andExpect(jsonPath("$.result").value("deny"));
        hook("authorize", HOOK_SECRET, access(username, "emqx-pb-1", own, "publish")).andExpect(jsonPath("$.result").value("allow"));
        hook("authorize", HOOK_SECRET, access(username, "emqx-pb-1", foreign, "publish")).andExpect(jsonPath("$.result").value("deny"));
        hook("authorize", HOOK_SECRET, access(username, "emqx-pb-1", "safeward/+/devices/+/events", "subscribe"))
                .andExpect(jsonPath("$.result").value("deny"));
        // signed in through another node: this one knows the client only by what EMQX says
        hook("authorize", HOOK_SECRET, access(username, "emqx-elsewhere", own, "publish")).andExpect(jsonPath("$.result").value("allow"));
        hook("authorize", HOOK_SECRET, access(username, "emqx-elsewhere", foreign, "publish")).andExpect(jsonPath("$.result").value("deny"));
        // a bare device code names no hospital: taken only from a client this node signed in
        hook("authorize", HOOK_SECRET, access(button.code(), "emqx-elsewhere", own, "publish"))
                .andExpect(jsonPath("$.result").value("deny"));

        awaitRefused(button.id(), "BAD_CREDENTIALS", 1);
        awaitRefused(button.id(), "FOREIGN_TOPIC", 3);
        awaitRefused(button.id(), "SUBSCRIBE", 1);
        assertThat(refused(other.id(), "FOREIGN_TOPIC")).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions hook(String name, String secret, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/broker/emqx/" + name)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);
        if (secret != null) {
            request.header("X-SafeWard-Hook-Secret", secret);
        }
        return mvc.perform(request);
    }

    private static String access(String username, String clientId, String topic, String action) {
        return Json.object("username", username, "clientid", clientId, "topic", topic, "action", action, "qos", 1);
    }

    /** Refusals are kept 90 days (as far back as the list goes), then deleted by whichever node flushes. */
    @Test
    void refusalsOlderThanTheListShowsAreDeleted() {
        Instant now = clock.instant();
        for (Duration age : List.of(Duration.ofDays(91), Duration.ofDays(89))) {
            Instant minute = now.minus(age).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            jdbc.sql("insert into broker_refusals (refusal_key, reason, username, window_start, refusal_count, last_at) "
                    + "values (:key, 'BAD_CREDENTIALS', 'old-client', :minute, 3, :minute)")
                    .param("key", "retention-test-" + age.toDays()).param("minute", Timestamp.from(minute)).update();
        }
        clock.advance(Duration.ofHours(2)); // the next hourly purge is due
        try {
            refusals.flush();
        } finally {
            clock.advance(Duration.ofHours(-2)); // the other tests' sign-ins stay valid
        }
        assertThat(jdbc.sql("select refusal_key from broker_refusals where refusal_key like 'retention-test-%'")
                .query(String.class).list()).containsExactly("retention-test-89");
    }

    @Test
    void onlyTheNodeSubscribes() {
        TestDevices.Registered door = devices.register("H001", "ACCESS_DOOR");
        Throwable refusal = subscribeAll("H001/" + door.code(), door.token());
        assertThat(refusal).isInstanceOfSatisfying(Mqtt3SubAckException.class, refused -> assertThat(
                refused.getMqttMessage().getReturnCodes()).containsOnly(Mqtt3SubAckReturnCode.FAILURE));
        awaitRefused(door.id(), "SUBSCRIBE", 1);
    }

    /**
     * Signs in and subscribes to every device's events; what the broker answered. Moquette 0.17 marks a
     * connection usable only once its CONNACK write completes (MQTTConnection.executeConnect), and drops a
     * SUBSCRIBE that overtakes that ("SUBSCRIBE received on already closed connection") before asking
     * anyone: a loaded machine loses that race now and then, so a dropped connection is tried again.
     */
    private Throwable subscribeAll(String username, String token) {
        for (int attempt = 1; ; attempt++) {
            Mqtt3BlockingClient device = signIn(username, token);
            try {
                device.subscribeWith().topicFilter("safeward/+/devices/+/events").send();
                device.disconnect();
                return null;
            } catch (MqttSessionExpiredException dropped) {
                if (attempt == 3) {
                    return dropped;
                }
            } catch (RuntimeException answered) {
                device.disconnect();
                return answered;
            }
        }
    }

    @Test
    void withoutCredentialsOnlyAHospitalInTheMigrationGracePublishes() {
        TestDevices.Registered h1 = devices.register("H001", "PANIC_BUTTON");
        TestDevices.Registered h2 = devices.register("H002", "PANIC_BUTTON");
        Mqtt3BlockingClient anonymous = connect(null, null);
        publish(anonymous, topic("H002", h2.code()), "grace");
        publishAsync(anonymous, topic("H001", h1.code()), "no-grace");
        anonymous.disconnect();
        await().atMost(Duration.ofSeconds(15)).until(() -> devices.alarmsOf(h2.id()).size() == 1);
        awaitRefused(h1.id(), "ANONYMOUS", 1);
        assertThat(devices.alarmsOf(h1.id())).isEmpty();
    }

    /** A burst of refusals alerts the hospital's security officer once per window; another hospital sees none of it. */
    @Test
    void aBurstOfRefusalsAlertsTheSecurityOfficerWhoSeesThemAndNoOtherHospitalDoes() throws Exception {
        TestDevices.Registered button = devices.register("H001", "PANIC_BUTTON");
        for (int i = 0; i < 6; i++) {
            assertRefused("H001/" + button.code(), "swd_guess-" + i);
        }
        refusals.flush();
        assertRefused("H001/" + button.code(), "swd_one-more");
        refusals.flush();
        assertThat(inbox.await("security", "BROKER_REFUSALS", "/devices/refusals?hospitalId=" + hospital("H001")))
                .hasSize(1);

        mvc.perform(get("/api/v1/device-refusals?reason=BAD_CREDENTIALS&size=200")
                .header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.deviceId == " + button.id() + ")].count",
                        Matchers.hasItem(Matchers.greaterThanOrEqualTo(6))));
        mvc.perform(get("/api/v1/device-refusals?size=200").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.deviceId == " + button.id() + ")]").isEmpty());
        mvc.perform(get("/api/v1/device-refusals").header(HttpHeaders.AUTHORIZATION, logins.bearer("guard")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/device-refusals").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/devices/refusals").session(logins.session("security")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(button.code())))
                .andExpect(content().string(Matchers.containsString("用户名或令牌错误")));
    }

    private long hospital(String code) {
        return jdbc.sql("select id from hospitals where code = :code").param("code", code).query(Long.class).single();
    }

    /** Refusals are counted on the broker's threads: flush until the count is there (and check it stays exact). */
    private void awaitRefused(long deviceId, String reason, long expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            refusals.flush();
            return refused(deviceId, reason) >= expected;
        });
        assertThat(refused(deviceId, reason)).isEqualTo(expected);
    }

    /** Refused sign-ins naming no device (Mosquitto's refused connections name nobody). */
    private long unattributedBadCredentials() {
        return jdbc.sql("select coalesce(sum(refusal_count), 0) from broker_refusals where device_id is null "
                + "and reason = 'BAD_CREDENTIALS'").query(Long.class).single();
    }

    private long refused(long deviceId, String reason) {
        return jdbc.sql("select coalesce(sum(refusal_count), 0) from broker_refusals where device_id = :device and reason = :reason")
                .param("device", deviceId).param("reason", reason).query(Long.class).single();
    }

    private long events(String prefix) {
        return jdbc.sql("select count(*) from device_events where event_id like :prefix").param("prefix", prefix + "-%")
                .query(Long.class).single();
    }

    private static String topic(String hospital, String device) {
        return "safeward/" + hospital + "/devices/" + device + "/events";
    }

    private Mqtt3BlockingClient signIn(String username, String token) {
        return connect(username, token);
    }

    private void assertRefused(String username, String token) {
        assertThatThrownBy(() -> connect(username, token)).isInstanceOfSatisfying(Mqtt3ConnAckException.class,
                refused -> assertThat(refused.getMqttMessage().getReturnCode())
                        .isEqualTo(Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD));
    }

    private Mqtt3BlockingClient connect(String username, String token) {
        var builder = MqttClient.builder().useMqttVersion3().identifier("device-" + System.nanoTime())
                .serverHost("127.0.0.1").serverPort(port);
        if (username != null) {
            builder = builder.simpleAuth().username(username).password(token.getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        Mqtt3BlockingClient client = builder.buildBlocking();
        client.connect();
        return client;
    }

    private static void publish(Mqtt3BlockingClient client, String topic, String eventId) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(event(eventId)).send();
    }

    /** QoS 1 to a topic the client may not use: Moquette drops it without an acknowledgement, so nobody waits for one. */
    private static void publishAsync(Mqtt3BlockingClient client, String topic, String eventId) {
        client.toAsync().publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(event(eventId)).send();
    }

    private static byte[] event(String eventId) {
        return Json.object("eventId", eventId + "-" + System.nanoTime(), "type", "PANIC",
                "occurredAt", "2026-11-23T08:00:00Z").getBytes(StandardCharsets.UTF_8);
    }
}
