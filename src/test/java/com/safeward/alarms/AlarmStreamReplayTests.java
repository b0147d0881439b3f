package com.safeward.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.safeward.LiveApi;
import com.safeward.SseClient;
import com.safeward.organizations.OrganizationDirectory;

/**
 * TEC-7 / INC-1: nothing missed across a reconnect. Every frame of the alarm stream has an id; a
 * console that reconnects with Last-Event-ID gets what it missed, then the live stream, each frame
 * once; beyond the replay window it gets 'reset'. Real HTTP (the connection is really dropped).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlarmStreamReplayTests {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort int port;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;
    private LiveApi api;

    @BeforeEach
    void api() {
        api = new LiveApi(port, directory);
    }

    /** Done means: the connection is killed in the middle of a burst; the reconnect gets every frame once. */
    @Test
    void aConsoleKilledMidBurstGetsEveryFrameOnceAfterReconnecting() throws Exception {
        String device = api.registerEmergencyButton("H001");
        int burst = 30;
        List<SseClient.Frame> received = new ArrayList<>();
        SseClient first = api.alarmStream("operator", null);
        CompletableFuture<Void> presses = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < burst; i++) {
                api.send(device, "PANIC");
            }
        });
        received.addAll(first.collect(frame -> raisedBy(frame, device), 5, WAIT));
        assertThat(received).as("frames before the connection drops").hasSize(5);
        first.close(); // mid-burst: presses keep coming while nobody listens
        String lastId = received.get(received.size() - 1).id();

        try (SseClient again = api.alarmStream("operator", lastId)) {
            presses.get(30, TimeUnit.SECONDS);
            received.addAll(again.collect(frame -> raisedBy(frame, device), burst - 5, WAIT));
        }

        List<Integer> alarms = received.stream().map(frame -> JsonPath.<Integer>read(frame.data(), "$.alarm.id")).toList();
        assertThat(alarms).as("every press, once").hasSize(burst).doesNotHaveDuplicates();
        assertThat(Set.copyOf(alarms)).isEqualTo(new HashSet<>(api.openAlarmsOf(device, "operator")));
        List<Long> ids = received.stream().map(frame -> Long.parseLong(frame.id())).toList();
        assertThat(ids).as("ids increase across the reconnect").isSorted().doesNotHaveDuplicates();
    }

    /** The catch-up is the console's own view: H002's operator does not get H001's alarms replayed. */
    @Test
    void theCatchUpHoldsOnlyWhatTheConsoleMaySee() throws Exception {
        String device = api.registerEmergencyButton("H001");
        String lastId;
        try (SseClient before = api.alarmStream("operator", null)) {
            api.send(device, "PANIC");
            lastId = before.next(frame -> raisedBy(frame, device), WAIT).id();
        }
        api.send(device, "PANIC");
        api.send(device, "PANIC");
        try (SseClient h1 = api.alarmStream("operator", lastId);
                SseClient h2 = api.alarmStream("security2", lastId)) {
            assertThat(h1.collect(frame -> raisedBy(frame, device), 2, WAIT)).hasSize(2);
            assertThat(h2.collect(frame -> raisedBy(frame, device), 1, Duration.ofSeconds(2))).isEmpty();
        }
    }

    /** Beyond the window (default 10 minutes) the stream says so: 'reset', with the newest id to go on from. */
    @Test
    void aReconnectBeyondTheWindowIsToldToReadTheListAgain() throws Exception {
        String device = api.registerEmergencyButton("H001");
        String lastId;
        try (SseClient before = api.alarmStream("operator", null)) {
            api.send(device, "PANIC");
            lastId = before.next(frame -> raisedBy(frame, device), WAIT).id();
        }
        jdbc.sql("update stream_frames set created_at = :old where id = :id")
                .param("old", Timestamp.from(Instant.now().minus(Duration.ofMinutes(11))))
                .param("id", Long.parseLong(lastId)).update();
        try (SseClient again = api.alarmStream("operator", lastId)) {
            SseClient.Frame reset = again.next(frame -> true, WAIT);
            assertThat(reset.event()).isEqualTo("reset");
            assertThat(Long.parseLong(reset.id())).isGreaterThanOrEqualTo(Long.parseLong(lastId));
        }
        try (SseClient fromTheFuture = api.alarmStream("operator", "999999999999")) {
            assertThat(fromTheFuture.next(frame -> true, WAIT).event()).as("an id this database never gave")
                    .isEqualTo("reset");
        }
    }

    /** The guard's notification stream: each frame's id is the newest notification; a reconnect gets the count at once. */
    @Test
    void aNotificationPageThatReconnectsGetsTheCurrentCount() throws Exception {
        String device = api.registerEmergencyButton("H001");
        api.send(device, "PANIC");
        int alarm = api.openAlarmsOf(device, "operator").get(0);
        String lastId;
        try (SseClient guard = new SseClient(api.http(), api.url("/api/v1/notifications/stream"), api.token("guard"), null)) {
            dispatchGuard(alarm);
            lastId = guard.next(frame -> frame.event().equals("notification"), WAIT).id();
            assertThat(lastId).as("notification frames carry an id").isNotBlank();
        }
        dispatchGuard(alarm);
        try (SseClient guard = new SseClient(api.http(), api.url("/api/v1/notifications/stream"), api.token("guard"),
                lastId)) {
            SseClient.Frame missed = guard.next(frame -> frame.event().equals("notification"), WAIT);
            assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(lastId));
            assertThat(JsonPath.<Integer>read(missed.data(), "$.unread")).isPositive();
        }
    }

    /**
     * Several nodes: a frame another node stored (and signalled) reaches this node's consoles with the
     * id it has everywhere, in their scope only.
     */
    @Test
    @Tag("postgresql")
    void framesAnotherNodeStoredReachThisNodesConsolesWithTheirIds() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        try (SseClient console = api.alarmStream("operator", null)) {
            long ofH2 = storeAsAnotherNode(h2, "{\"hospitalId\":" + h2 + ",\"alarmIds\":[987654322]}");
            long ofH1 = storeAsAnotherNode(h1, "{\"hospitalId\":" + h1 + ",\"alarmIds\":[987654321]}");
            jdbc.sql("select pg_notify('" + AlarmStreamLog.CHANNEL + "', '')").query().listOfRows();
            SseClient.Frame frame = console.next(f -> f.data().contains("98765432"), WAIT);
            assertThat(frame.data()).as("H002's frame is not H001's").contains("987654321");
            assertThat(frame.id()).isEqualTo(String.valueOf(ofH1));
            assertThat(ofH2).isLessThan(ofH1);
        }
    }

    private long storeAsAnotherNode(long hospital, String data) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into stream_frames (hospital_id, police_visible, frame, created_at) "
                + "values (:h, false, :frame, current_timestamp)").param("h", hospital)
                .param("frame", "event:realert\ndata:" + data + "\n\n").update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void dispatchGuard(int alarm) {
        var response = api.post("/api/v1/alarms/" + alarm + "/dispatch", api.token("operator"),
                com.safeward.Json.object("guard", "guard", "instructions", "前往"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static boolean raisedBy(SseClient.Frame frame, String device) {
        return frame.event().equals("alarm") && frame.data().contains("\"change\":\"RAISED\"")
                && frame.data().contains("\"deviceCode\":\"" + device + "\"");
    }
}
