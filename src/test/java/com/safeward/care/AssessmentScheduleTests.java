package com.safeward.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** WL-6: when a long-term inpatient is due a psychological assessment, by the region's numbers. */
class AssessmentScheduleTests {

    private static final AssessmentSchedule DEFAULT = new AssessmentSchedule(30, 14);
    private static final LocalDate ADMITTED = LocalDate.of(2026, 10, 1);

    @Test
    void firstDueWhenTheStayBecomesLongThenEveryIntervalAfterTheLastAssessment() {
        assertThat(DEFAULT.firstDue(ADMITTED)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(DEFAULT.nextDue(ADMITTED, LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void anEarlyAssessmentDoesNotMakeAShortStayDue() {
        assertThat(DEFAULT.nextDue(ADMITTED, LocalDate.of(2026, 10, 5))).as("14 days on is still a short stay")
                .isEqualTo(DEFAULT.firstDue(ADMITTED));
    }

    @Test
    void dueThreeDaysAheadOverdueTheDayAfterAndNothingOnceDischarged() {
        LocalDate due = LocalDate.of(2026, 11, 16);
        assertThat(AssessmentSchedule.status(due, null, due.minusDays(4))).isEqualTo(CareStatus.UP_TO_DATE);
        assertThat(AssessmentSchedule.status(due, null, due.minusDays(3))).isEqualTo(CareStatus.DUE);
        assertThat(AssessmentSchedule.status(due, null, due)).isEqualTo(CareStatus.DUE);
        assertThat(AssessmentSchedule.status(due, null, due.plusDays(1))).isEqualTo(CareStatus.OVERDUE);
        assertThat(AssessmentSchedule.status(due, due.minusDays(1), due.plusDays(5))).isEqualTo(CareStatus.UP_TO_DATE);
    }

    @Test
    void aRegionsOwnNumbersApplyAndNonsenseIsRefusedAtStartUp() {
        AssessmentSchedule henan = new CareProperties(30, 14, java.util.Map.of("410000",
                new CareProperties.Override(20, null))).scheduleFor(java.util.List.of("410000", "410100", "410102"));
        assertThat(henan).isEqualTo(new AssessmentSchedule(20, 14));
        assertThatThrownBy(() -> new AssessmentSchedule(0, 14)).isInstanceOf(IllegalArgumentException.class);
    }
}
