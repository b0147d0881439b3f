package com.safeward.alarms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.safeward.organizations.DataScope;
import com.safeward.watchlist.HighRiskPersonScreened;
import com.safeward.web.SseFanOut;

import tools.jackson.databind.json.JsonMapper;

/**
 * Live alarm stream for consoles and integrators (SSE event {@code alarm}, data: the alarm and
 * what changed; SSE event {@code realert} for alarms still unacknowledged; SSE event
 * {@code watchlist} when a listed person is screened, WL-3). Each subscriber receives only events
 * of its data scope.
 * <p>
 * INC-1 asks for the alarm at the monitoring center at once, with many consoles open: the
 * committing thread only hands the change over; the fan-out's dispatcher loads the alarm and
 * encodes its frame once, and its writers send each console what its scope may see, at most once
 * per linger ({@code safeward.alarms.stream.linger}, 20 ms; see {@link SseFanOut}). Frames of this
 * node reach the consoles of the other nodes through {@link AlarmStreamRelay}.
 */
@Component
class AlarmStream {

    /** Re-alerted alarms per {@code realert} event: keeps each frame small enough to relay. */
    private static final int REALERT_IDS_PER_FRAME = 200;

    /** What a subscriber receives for each change. */
    record AlarmEvent(String change, AlarmView alarm) {
    }

    private final AlarmHandling handling;
    private final JsonMapper json;
    private final AlarmStreamRelay relay;
    private final SseFanOut<DataScope> fanOut;

    AlarmStream(AlarmHandling handling, JsonMapper json, AlarmStreamRelay relay, SseFanOut<DataScope> alarmFanOut) {
        this.handling = handling;
        this.json = json;
        this.relay = relay;
        this.fanOut = alarmFanOut;
    }

    /** Opens the stream of a console or an integrator, limited to its data scope. */
    void subscribe(DataScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        fanOut.subscribe(scope, request, response);
    }

    /**
     * Runs on the committing thread (an intake worker, before the device hears "received"), so it
     * only hands over. A new alarm is shown as raised, without reading it back (INC-1: first in line).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmRaised raised) {
        hand(raised.alarm().id(), () -> new AlarmEvent("RAISED", handling.asRaised(raised.alarm(), raised.device())),
                true);
    }

    /** Any later change: the alarm is read back with its trail and guards. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmChanged change) {
        if (!"RAISED".equals(change.change())) {
            hand(change.alarmId(),
                    () -> new AlarmEvent(change.change(), handling.get(change.alarmId(), DataScope.all())), true);
        }
    }

    /**
     * INC-1 re-alert: nothing about the alarms changed, so a sweep's re-alerts of a hospital go out
     * as one small SSE event {@code realert} (data: hospitalId and alarmIds), not as the alarms again.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmsReAlerted reAlerted) {
        fanOut.dispatch(() -> {
            List<Long> ids = reAlerted.alarmIds();
            for (int from = 0; from < ids.size(); from += REALERT_IDS_PER_FRAME) {
                AlarmsReAlerted part = new AlarmsReAlerted(reAlerted.hospitalId(),
                        ids.subList(from, Math.min(ids.size(), from + REALERT_IDS_PER_FRAME)));
                publish(part.hospitalId(), SseFanOut.frame("realert", null, json.writeValueAsString(part)), null, null);
            }
        }, "a re-alert of " + reAlerted.alarmIds().size() + " alarms is not streamed");
    }

    /**
     * WL-3: a listed person screened at a hospital reaches that hospital's consoles at once as an
     * SSE event {@code watchlist} (no identity: the screening's id, outcome and risk level).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(HighRiskPersonScreened screened) {
        fanOut.dispatch(() -> publish(screened.hospitalId(), SseFanOut.frame("watchlist", "s" + screened.screeningId(),
                json.writeValueAsString(Map.of("screeningId", screened.screeningId(), "hospitalId",
                        screened.hospitalId(), "outcome", screened.outcome().name(), "riskLevel",
                        screened.riskLevel().name(), "link", "/screenings/" + screened.screeningId()))), null, null),
                "screening " + screened.screeningId() + " shows in the notifications only");
    }

    /**
     * Another node streamed this (it has consoles of its own, {@link AlarmStreamRelay}): this node's
     * consoles get it too, and it is not relayed again.
     */
    @EventListener
    void on(AlarmStreamRelay.Relayed relayed) {
        if (relayed.alarmId() != null) {
            long alarmId = relayed.alarmId();
            hand(alarmId, () -> new AlarmEvent(relayed.change(), handling.get(alarmId, DataScope.all())), false);
            return;
        }
        fanOut.dispatch(() -> fanOut.broadcast(audience(relayed.hospitalId()),
                relayed.frame().getBytes(StandardCharsets.UTF_8)), "a frame from another node is not streamed");
    }

    /** Builds the alarm's frame on the dispatcher thread; streams it, and relays it if it happened on this node. */
    private void hand(long alarmId, Supplier<AlarmEvent> event, boolean here) {
        fanOut.dispatch(() -> {
            AlarmEvent built = event.get();
            byte[] frame = SseFanOut.frame("alarm", String.valueOf(built.alarm().id()), json.writeValueAsString(built));
            if (here) {
                publish(built.alarm().hospitalId(), frame, alarmId, built.change());
            } else {
                fanOut.broadcast(audience(built.alarm().hospitalId()), frame);
            }
        }, "consoles will catch up from the list (alarm " + alarmId + ")");
    }

    /** A frame of this node: to its own consoles first, then to the other nodes' (alarm frames may go as a reference). */
    private void publish(Long hospitalId, byte[] frame, Long alarmId, String change) {
        fanOut.broadcast(audience(hospitalId), frame);
        relay.send(hospitalId, frame, alarmId, change);
    }

    /** A hospital's frames go to the consoles whose scope includes it; frames of no hospital to everyone. */
    private static java.util.function.Predicate<DataScope> audience(Long hospitalId) {
        return hospitalId == null ? scope -> true : scope -> scope.includes(hospitalId);
    }

    @Configuration(proxyBeanMethods = false)
    static class FanOut {
        /** The consoles' connections, each with its data scope. */
        @Bean
        SseFanOut<DataScope> alarmFanOut(@Value("${safeward.alarms.stream.linger}") Duration linger) {
            return new SseFanOut<>("alarm-stream", linger);
        }
    }
}
