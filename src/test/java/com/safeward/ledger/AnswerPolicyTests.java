package com.safeward.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.safeward.kernel.RuleViolation;

/** SUP-2 answers and RSK-2 deadlines, as pure rules. */
class AnswerPolicyTests {

    @Test
    void yesNoAnswersAreFindingsWhenTheyDifferFromTheExpectedAnswer() {
        assertThat(AnswerPolicy.outcome(AnswerType.YES_NO, "YES", AnswerPolicy.normalized(AnswerType.YES_NO, " no "), false))
                .isEqualTo(ItemOutcome.FINDING);
        assertThat(AnswerPolicy.outcome(AnswerType.YES_NO, "YES", "YES", false)).isEqualTo(ItemOutcome.COMPLIANT);
        assertThat(AnswerPolicy.outcome(AnswerType.YES_NO, "YES", AnswerPolicy.normalized(AnswerType.YES_NO, "na"), false))
                .isEqualTo(ItemOutcome.NOT_APPLICABLE);
        assertThatThrownBy(() -> AnswerPolicy.normalized(AnswerType.YES_NO, "maybe")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void numbersBelowTheMinimumAreFindings() {
        // TEC-5: video kept at least 90 days
        assertThat(AnswerPolicy.outcome(AnswerType.NUMBER, "90", AnswerPolicy.normalized(AnswerType.NUMBER, "30"), false))
                .isEqualTo(ItemOutcome.FINDING);
        assertThat(AnswerPolicy.outcome(AnswerType.NUMBER, "90", AnswerPolicy.normalized(AnswerType.NUMBER, "90.0"), false))
                .isEqualTo(ItemOutcome.COMPLIANT);
        assertThat(AnswerPolicy.outcome(AnswerType.NUMBER, null, "3", false)).as("recorded only").isEqualTo(ItemOutcome.COMPLIANT);
        assertThatThrownBy(() -> AnswerPolicy.normalized(AnswerType.NUMBER, "九十")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aTextItemIsAFindingWhenTheInspectorSaysSo() {
        assertThat(AnswerPolicy.outcome(AnswerType.TEXT, null, "楼梯间堆放纸箱", true)).isEqualTo(ItemOutcome.FINDING);
        assertThat(AnswerPolicy.outcome(AnswerType.TEXT, null, "未见隐患", false)).isEqualTo(ItemOutcome.COMPLIANT);
    }

    @Test
    void deadlinesEndTheDayInShanghaiAndRemindersComeAheadOrHalfWay() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        RectificationDeadlinePolicy policy = new RectificationDeadlinePolicy(
                Map.of(Severity.CRITICAL, 1, Severity.MAJOR, 7, Severity.MINOR, 30), Duration.ofHours(48), shanghai);
        Instant opened = Instant.parse("2026-12-01T16:30:00Z"); // 2 December, 00:30 in Shanghai
        assertThat(policy.defaultDue(Severity.CRITICAL, opened)).isEqualTo(Instant.parse("2026-12-03T15:59:59Z"));
        Instant major = policy.defaultDue(Severity.MAJOR, opened);
        assertThat(major).isEqualTo(Instant.parse("2026-12-09T15:59:59Z"));
        assertThat(policy.remindAt(opened, major)).isEqualTo(major.minus(Duration.ofHours(48)));
        Instant critical = policy.defaultDue(Severity.CRITICAL, opened);
        assertThat(policy.remindAt(opened, critical)).as("opened closer than 48 h: half-way")
                .isEqualTo(opened.plus(Duration.between(opened, critical).dividedBy(2)));
    }
}
