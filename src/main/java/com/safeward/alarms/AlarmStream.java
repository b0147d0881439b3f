package com.safeward.alarms;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.safeward.incidents.IncidentReported;
import com.safeward.incidents.IncidentStatusChanged;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.watchlist.HighRiskPersonScreened;
import com.safeward.web.SseFanOut;

import tools.jackson.databind.json.JsonMapper;

/**
 * Live alarm stream for consoles and integrators (SSE event {@code alarm}, data: the alarm and
 * what changed; SSE event {@code realert} for alarms still unacknowledged; SSE event
 * {@code watchlist} when a listed person is screened, WL-3). Each subscriber receives only events
 * of its data scope; the police of a hospital's station and regulators only its panic and intrusion
 * alarms ({@link AlarmViewer}, TEC-7). Every frame carries an {@code id:}; a console that reconnects
 * with {@code Last-Event-ID} (or {@code ?lastEventId=}) gets what it missed first, or SSE event
 * {@code reset} when that is beyond the replay window ({@link AlarmStreamLog}).
 * <p>
 * INC-1 asks for the alarm at the monitoring center at once, with many consoles open: the
 * committing thread only hands the change over; the fan-out's dispatcher loads the alarm and
 * encodes its frame once, and its writers send each console what its scope may see, a burst in one
 * send, pausing at most the linger ({@code safeward.alarms.stream.linger}, 20 ms; see {@link SseFanOut}). Frames are
 * stored and streamed in id order by {@link AlarmStreamLog}, which also brings them to the
 * consoles of the other nodes.
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
    private final AlarmStreamLog frames;
    private final SseFanOut<AlarmViewer> fanOut;

    private final OrganizationDirectory organizations;
    private final Clock clock;

    AlarmStream(AlarmHandling handling, JsonMapper json, AlarmStreamLog frames, SseFanOut<AlarmViewer> alarmFanOut,
            OrganizationDirectory organizations, Clock clock) {
        this.handling = handling;
        this.organizations = organizations;
        this.clock = clock;
        this.json = json;
        this.frames = frames;
        this.fanOut = alarmFanOut;
    }

    /**
     * Opens the stream of a console or an integrator, limited to what the viewer sees; from the
     * frame after {@code Last-Event-ID} (the header a reconnecting EventSource sends) or the
     * {@code lastEventId} parameter (a page's first connection), when given.
     */
    void subscribe(AlarmViewer viewer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long from = SseFanOut.lastEventId(request);
        fanOut.subscribe(viewer, from == null ? null : () -> frames.missed(from, viewer), request, response);
    }

    /** The id of the newest frame, for a page that shows the list as of now and then streams. */
    long position() {
        return frames.position();
    }

    /**
     * Runs on the committing thread (an intake worker, before the device hears "received"), so it
     * only hands over. A new alarm is shown as raised, without reading it back (INC-1: first in line).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmRaised raised) {
        hand(raised.alarm().id(), () -> new AlarmEvent("RAISED", handling.asRaised(raised.alarm(), raised.device())));
    }

    /** Any later change: the alarm is read back with its trail and guards. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AlarmChanged change) {
        if (!"RAISED".equals(change.change())) {
            hand(change.alarmId(),
                    () -> new AlarmEvent(change.change(), handling.get(change.alarmId(), AlarmViewer.everything())));
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
                frames.append(part.hospitalId(), false, SseFanOut.frame("realert", null, json.writeValueAsString(part)));
            }
        }, "a re-alert of " + reAlerted.alarmIds().size() + " alarms is not streamed");
    }

    /**
     * WL-3: a listed person screened at a hospital reaches that hospital's consoles at once as an
     * SSE event {@code watchlist}: no identity, but where and when (the screening's context and
     * department, the time), the outcome and risk level, and the link to the screening.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(HighRiskPersonScreened screened) {
        java.time.Instant at = java.time.Instant.now(clock);
        fanOut.dispatch(() -> {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("screeningId", screened.screeningId());
            data.put("hospitalId", screened.hospitalId());
            data.put("outcome", screened.outcome().name());
            data.put("riskLevel", screened.riskLevel().name());
            data.put("context", screened.context().name());
            if (screened.departmentId() != null) {
                organizations.department(screened.hospitalId(), screened.departmentId())
                        .ifPresent(department -> data.put("department", department.name()));
            }
            data.put("at", at.toString());
            data.put("link", "/screenings/" + screened.screeningId());
            frames.append(screened.hospitalId(), false, SseFanOut.frame("watchlist", null, json.writeValueAsString(data)));
        }, "screening " + screened.screeningId() + " shows in the notifications only");
    }

    /**
     * 上报警情 (INC-1, INC-4): an incident staff reported reaches the hospital's consoles like an alarm,
     * with sound (SSE event {@code incident}, data: incidentId, hospitalId, change REPORTED and the
     * type); its later steps (acknowledged, guard dispatched, on scene) refresh them.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IncidentReported reported) {
        if (reported.sourceAlarmId() == null) {
            incident(reported.incidentId(), reported.hospitalId(), "REPORTED", reported.type().name());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IncidentStatusChanged changed) {
        if (changed.sourceAlarmId() == null) {
            incident(changed.incidentId(), changed.hospitalId(), changed.status().name(), null);
        }
    }

    private void incident(long incidentId, long hospitalId, String change, String type) {
        fanOut.dispatch(() -> {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("incidentId", incidentId);
            data.put("hospitalId", hospitalId);
            data.put("change", change);
            if (type != null) {
                data.put("type", type);
            }
            data.put("link", "/incidents/" + incidentId);
            frames.append(hospitalId, false, SseFanOut.frame("incident", null, json.writeValueAsString(data)));
        }, "consoles will catch up from the list (incident " + incidentId + ")");
    }

    /** Builds the alarm's frame on the dispatcher thread and hands it to the log, which numbers and streams it. */
    private void hand(long alarmId, Supplier<AlarmEvent> event) {
        fanOut.dispatch(() -> {
            AlarmEvent built = event.get();
            frames.append(built.alarm().hospitalId(), built.alarm().alarmType().forPolice(),
                    SseFanOut.frame("alarm", null, json.writeValueAsString(built)));
        }, "consoles will catch up from the list (alarm " + alarmId + ")");
    }

    @Configuration(proxyBeanMethods = false)
    static class FanOut {
        /** The consoles' connections, each with what its viewer sees. */
        @Bean
        SseFanOut<AlarmViewer> alarmFanOut(@Value("${safeward.alarms.stream.linger}") Duration linger) {
            return new SseFanOut<>("alarm-stream", linger);
        }
    }
}
