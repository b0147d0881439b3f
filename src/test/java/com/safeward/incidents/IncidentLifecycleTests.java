package com.safeward.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.safeward.kernel.RuleViolation;

/** INC-4 lifecycle rules, INC-5's "uncontrolled disturbance". */
class IncidentLifecycleTests {

    private final Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
    private final Incident violence = new Incident(1L, 1L, 1L, IncidentType.VIOLENCE, null, null,
            IncidentStatus.REPORTED, "doctor", t0, null, null, null, null, null, null, null, 0, 0, 0, false, false, 0);

    @Test
    void stepsMoveForwardAndAreStampedOnce() {
        Incident dispatched = violence.advance(IncidentStatus.DISPATCHED, null, t0.plusSeconds(20));
        assertThat(dispatched.acknowledgedAt()).as("implied").isEqualTo(t0.plusSeconds(20));
        assertThat(dispatched.dispatchedAt()).isEqualTo(t0.plusSeconds(20));
        Incident controlled = dispatched.advance(IncidentStatus.CONTROLLED, null, t0.plusSeconds(300));
        assertThat(controlled.onSceneAt()).as("not implied").isNull();
        assertThat(controlled.controlledAt()).isEqualTo(t0.plusSeconds(300));
        assertThatThrownBy(() -> controlled.advance(IncidentStatus.ACKNOWLEDGED, null, t0.plusSeconds(400)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aDisturbanceIsClosedOnlyOnceControlledAndWithASummary() {
        assertThatThrownBy(() -> violence.advance(IncidentStatus.CLOSED, "done", t0.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("status"));
        Incident controlled = violence.controlled(t0.plusSeconds(100));
        assertThat(controlled.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThatThrownBy(() -> controlled.advance(IncidentStatus.CLOSED, " ", t0.plusSeconds(200)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("summary"));
        assertThat(controlled.advance(IncidentStatus.CLOSED, "已处置", t0.plusSeconds(200)).closedAt()).isNotNull();
    }

    @Test
    void aSuspiciousItemIsNoDisturbance() {
        Incident item = new Incident(2L, 1L, 1L, IncidentType.SUSPICIOUS_ITEM, null, null, IncidentStatus.REPORTED,
                "guard", t0, null, null, null, null, null, null, null, 0, 0, 0, false, false, 0);
        assertThat(item.advance(IncidentStatus.CLOSED, "误报", t0.plusSeconds(60)).status()).isEqualTo(IncidentStatus.CLOSED);
    }
}
