package com.safeward.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.safeward.alarms.AlarmFollowUpPolicy.Action;

/** INC-1 follow-up: re-alert every 30 s, escalate once at 3 min (acknowledging ends it: {@link AlarmFollowUpTests}). */
class AlarmFollowUpPolicyTests {

    private final AlarmFollowUpPolicy policy = new AlarmFollowUpPolicy(Duration.ofSeconds(30), Duration.ofMinutes(3));
    private final Instant raised = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void reAlertsEveryIntervalUntilTheEscalationTime() {
        assertThat(policy.firstCheck(raised)).isEqualTo(raised.plusSeconds(30));
        var decision = policy.decide(raised, raised.plusSeconds(30));
        assertThat(decision.action()).isEqualTo(Action.RE_ALERT);
        assertThat(decision.nextCheck()).isEqualTo(raised.plusSeconds(60));
        var last = policy.decide(raised, raised.plusSeconds(170));
        assertThat(last.nextCheck()).as("never beyond the escalation time").isEqualTo(raised.plusSeconds(180));
    }

    @Test
    void escalatesOnceAtTheEscalationTime() {
        var decision = policy.decide(raised, raised.plusSeconds(180));
        assertThat(decision.action()).isEqualTo(Action.ESCALATE);
        assertThat(decision.nextCheck()).isNull();
        assertThat(policy.decide(raised, raised.plusSeconds(400)).action()).as("late: escalates at once")
                .isEqualTo(Action.ESCALATE);
    }

    @Test
    void rejectsNonsensicalSettings() {
        assertThatThrownBy(() -> new AlarmFollowUpPolicy(Duration.ZERO, Duration.ofMinutes(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlarmFollowUpPolicy(Duration.ofMinutes(5), Duration.ofMinutes(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
