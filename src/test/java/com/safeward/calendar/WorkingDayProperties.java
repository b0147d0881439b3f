package com.safeward.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The arithmetic of working days (DSP-1), for any calendar: whatever days are listed as holidays
 * or worked weekends, a limit of N working days ends on a working day, with exactly N working days
 * after the start up to it, and a longer limit never ends sooner.
 */
class WorkingDayProperties {

    @Property
    void aLimitEndsOnAWorkingDayAfterExactlyNWorkingDays(@ForAll @IntRange(min = 0, max = 364) int startOffset,
            @ForAll @IntRange(min = 0, max = 30) int workingDays,
            @ForAll @Size(max = 40) Set<@IntRange(min = 0, max = 400) Integer> listedOffsets) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(startOffset);
        Map<LocalDate, CalendarDay> listed = new HashMap<>();
        for (int offset : listedOffsets) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(offset);
            // weekdays listed as holidays, weekend days listed as worked: what the State Council does
            listed.put(day, new CalendarDay(day, !WorkingCalendar.working(day, Map.of()), "test"));
        }
        LocalDate due = WorkingCalendar.plus(start, workingDays, day -> WorkingCalendar.working(day, listed));
        int counted = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            counted += WorkingCalendar.working(day, listed) ? 1 : 0;
        }
        assertThat(counted).isEqualTo(workingDays);
        if (workingDays > 0) {
            assertThat(WorkingCalendar.working(due, listed)).isTrue();
            assertThat(WorkingCalendar.plus(start, workingDays - 1, day -> WorkingCalendar.working(day, listed)))
                    .isBefore(due);
        } else {
            assertThat(due).isEqualTo(start);
        }
    }
}
