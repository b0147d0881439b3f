package com.safeward.disputes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.incidents.IncidentManagement;
import com.safeward.kernel.Refused;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.texts.DisplayTimes;
import com.safeward.trail.Trail;

/**
 * DSP-3: the channels a dispute takes and their sessions. No negotiation or mediation starts, and no
 * session of one is held, while the disturbance the dispute is linked to is not under control
 * (INC-5: a 409 naming the incident). A session counts at most the region's cap of the patient
 * side's negotiators and says whether it was held in a room recording video and audio (DSP-8). An
 * insurance claim above the region's threshold is marked for the insurer. A refusal of mediation is
 * an outcome that names the legal channel the patient side was guided to.
 */
@Service
@Transactional
class DisputeChannels {

    private final DisputeQueries queries;
    private final IncidentManagement incidents;
    private final DisputeLimits limits;
    private final JdbcClient jdbc;
    private final Trail trail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DisplayTimes times;
    private final Clock clock;

    DisputeChannels(DisputeQueries queries, IncidentManagement incidents, DisputeLimits limits, JdbcClient jdbc,
            Trail trail, AuditTrail audit, ApplicationEventPublisher events, DisplayTimes times, Clock clock) {
        this.queries = queries;
        this.incidents = incidents;
        this.limits = limits;
        this.jdbc = jdbc;
        this.trail = trail;
        this.audit = audit;
        this.events = events;
        this.times = times;
        this.clock = clock;
    }

    DisputeView open(long id, DisputeChannelKind kind, String body, String reference, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope); // 404 outside the scope, before the input
        if (kind == null) {
            throw new RuleViolation("kind", "validation.dispute.channelKind");
        }
        dispute.requireOpen();
        if (kind.mediation()) {
            requireDisturbanceControlled(dispute);
        }
        boolean insurer = kind == DisputeChannelKind.INSURANCE_CLAIM && dispute.claimedAmount() != null
                && dispute.claimedAmount().compareTo(limits.of(dispute.hospitalId()).insurerThreshold()) > 0;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dispute_channels (dispute_id, kind, body, reference, opened_at, opened_by, insurer_notified)
                values (:d, :kind, :body, :reference, :at, :by, :insurer)""").param("d", id).param("kind", kind.name())
                .param("body", limited(body, 200, "body")).param("reference", limited(reference, 100, "reference"))
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor.username()).param("insurer", insurer)
                .update(key, "id");
        long channel = key.getKeyAs(Number.class).longValue();
        trail.add(Dispute.trail(id), actor.username(), "CHANNEL_OPENED", kind.name());
        audit.record(AuditEntry.of(AuditAction.CREATED, "DisputeChannel", channel, dispute.hospitalId(),
                Text.of("audit.dispute.channel", kind.name())));
        if (insurer) {
            events.publishEvent(new InsurerNotified(id, dispute.hospitalId(), dispute.claimedAmount()));
        }
        return queries.get(id, scope);
    }

    /** A session of an open channel. */
    DisputeView holdSession(long id, long channelId, SessionForm form, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope);
        dispute.requireOpen();
        DisputeView.Channel channel = queries.channel(id, channelId);
        if (!channel.active()) {
            throw new RuleViolation("channelId", "validation.dispute.channelConcluded");
        }
        if (channel.kind().mediation()) {
            requireDisturbanceControlled(dispute);
        }
        if (form.heldAt == null) {
            throw new RuleViolation("heldAt", "validation.dispute.heldAt");
        }
        if (form.place == null || form.place.isBlank()) {
            throw new RuleViolation("place", "validation.dispute.place");
        }
        if (form.patientSideCount < 1) {
            throw new RuleViolation("patientSideCount", "validation.dispute.patientSide");
        }
        limited(form.place, 200, "place");
        limited(form.participants, 500, "participants");
        limited(form.summary, 2000, "summary");
        int cap = limits.of(dispute.hospitalId()).maxNegotiators();
        if (form.patientSideCount > cap) {
            throw new RuleViolation("patientSideCount", "validation.dispute.negotiators", cap);
        }
        Instant held = form.heldAt.atZone(times.zone()).toInstant();
        jdbc.sql("""
                insert into dispute_sessions (channel_id, held_at, place, recorded, patient_side_count, participants,
                    summary, recorded_by, recorded_at)
                values (:c, :held, :place, :recorded, :count, :participants, :summary, :by, :at)""")
                .param("c", channelId).param("held", Timestamp.from(held)).param("place", form.place.strip())
                .param("recorded", form.recorded).param("count", form.patientSideCount)
                .param("participants", blankToNull(form.participants)).param("summary", blankToNull(form.summary))
                .param("by", actor.username()).param("at", Timestamp.from(Instant.now(clock))).update();
        trail.add(Dispute.trail(id), actor.username(), "SESSION", channel.kind().name());
        return queries.get(id, scope);
    }

    /** How the channel ended; a refusal must name the legal channel the patient side was guided to. */
    DisputeView conclude(long id, long channelId, ChannelOutcome outcome, String note, Actor actor, DataScope scope) {
        Dispute dispute = queries.ownHospital(id, actor, scope);
        DisputeView.Channel channel = queries.channel(id, channelId);
        if (!channel.active()) {
            throw new RuleViolation("channelId", "validation.dispute.channelConcluded");
        }
        if (outcome == null) {
            throw new RuleViolation("outcome", "validation.dispute.outcome");
        }
        if (outcome == ChannelOutcome.REFUSED && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "validation.dispute.guidedTo");
        }
        jdbc.sql("update dispute_channels set outcome = :o, outcome_note = :note, concluded_at = :at where id = :id "
                + "and concluded_at is null").param("o", outcome.name()).param("note", limited(note, 2000, "note"))
                .param("at", Timestamp.from(Instant.now(clock))).param("id", channelId).update();
        trail.add(Dispute.trail(id), actor.username(), "CHANNEL_CONCLUDED", channel.kind().name() + " · " + outcome.name());
        return queries.get(id, scope);
    }

    /** INC-5: the linked disturbance must be under control before anyone negotiates. */
    private void requireDisturbanceControlled(Dispute dispute) {
        if (dispute.incidentId() != null && incidents.disturbanceUncontrolled(dispute.incidentId())) {
            throw new Refused("incidentId", "validation.dispute.disturbanceGoesOn", dispute.incidentId());
        }
    }


    private static String limited(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new RuleViolation(field, "validation.dispute.tooLong", max);
        }
        return blankToNull(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A session: when (local time), where, whether the room records video and audio, how many of the patient side. */
    static class SessionForm {
        @jakarta.validation.constraints.NotNull
        public LocalDateTime heldAt;
        @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200)
        public String place;
        public boolean recorded;
        @jakarta.validation.constraints.Min(1)
        public int patientSideCount;
        @jakarta.validation.constraints.Size(max = 500)
        public String participants;
        @jakarta.validation.constraints.Size(max = 2000)
        public String summary;
    }
}
