package com.safeward.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;

/**
 * Working days (DSP-1): a date the calendar lists is what it says (a holiday, or a weekend day
 * worked instead); any other date is a working day from Monday to Friday. A year not entered yet
 * counts by weekdays alone, and says so ({@link #knows(int)}), so a deadline that reaches into it
 * can be flagged. Each year is read once and kept for five minutes (edits on this node at once).
 */
@Service
@Transactional
public class WorkingCalendar {

    /** A year as the calendar has it; {@code source}: the notice it was entered from, null when not entered. */
    public record Year(int year, String source, String enteredBy, Instant enteredAt, List<CalendarDay> days) {

        public boolean known() {
            return source != null;
        }
    }

    /** Searching a deadline gives up after this many days (a calendar of holidays only would never end). */
    private static final int LONGEST_SEARCH = 3660;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Cache<Integer, Map<LocalDate, CalendarDay>> years = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(50).build();

    WorkingCalendar(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate date) {
        return working(date, daysOf(date.getYear()));
    }

    /**
     * The day that ends a time limit of {@code workingDays} working days counted from the day after
     * {@code start} (the day something was received does not count); 0 gives {@code start} itself.
     */
    @Transactional(readOnly = true)
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new RuleViolation("workingDays", "validation.calendar.negative");
        }
        return plus(start, workingDays, this::isWorkingDay);
    }

    /** A listed date is what the list says; any other is a working day from Monday to Friday. */
    static boolean working(LocalDate date, Map<LocalDate, CalendarDay> listed) {
        CalendarDay day = listed.get(date);
        if (day != null) {
            return day.working();
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The walk: day by day after {@code start} until {@code workingDays} working days are counted. */
    static LocalDate plus(LocalDate start, int workingDays, java.util.function.Predicate<LocalDate> working) {
        LocalDate day = start;
        int counted = 0;
        for (int step = 0; counted < workingDays; step++) {
            if (step > LONGEST_SEARCH) {
                throw new RuleViolation("workingDays", "validation.calendar.noWorkingDay");
            }
            day = day.plusDays(1);
            if (working.test(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the year's arrangement has been entered (else its dates count by weekdays alone). */
    @Transactional(readOnly = true)
    public boolean knows(int year) {
        return jdbc.sql("select count(*) from working_calendar_years where calendar_year = :y").param("y", year)
                .query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Year year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("year", "validation.calendar.year", FIRST_YEAR, LAST_YEAR);
        }
        List<CalendarDay> days = daysOf(year).values().stream()
                .sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
        return jdbc.sql("select * from working_calendar_years where calendar_year = :y").param("y", year)
                .query((rs, n) -> new Year(year, rs.getString("source"), rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant(), days)).optional()
                .orElse(new Year(year, null, null, null, days));
    }

    /** Lists a date as a holiday or an adjusted working day (replacing what was listed for it). */
    CalendarDay set(DayForm form, String actor) {
        CalendarDay day = new CalendarDay(form.date, form.working, form.name.strip());
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.sql("update working_calendar_days set working = :w, name = :n, updated_by = :by, updated_at = :at "
                + "where calendar_date = :d").param("w", day.working()).param("n", day.name()).param("by", actor)
                .param("at", now).param("d", day.date()).update();
        if (updated == 0) {
            jdbc.sql("insert into working_calendar_days (calendar_date, working, name, updated_by, updated_at) "
                    + "values (:d, :w, :n, :by, :at)").param("d", day.date()).param("w", day.working())
                    .param("n", day.name()).param("by", actor).param("at", now).update();
        }
        audit.record(AuditEntry.of(AuditAction.UPDATED, "WorkingCalendar", day.date(), null,
                Text.of(day.working() ? "audit.calendar.working" : "audit.calendar.holiday", day.date().toString(),
                        day.name())));
        years.invalidate(day.date().getYear());
        return day;
    }

    /** Takes a date off the list: it counts by its weekday again. */
    void remove(LocalDate date, String actor) {
        if (jdbc.sql("delete from working_calendar_days where calendar_date = :d").param("d", date).update() == 0) {
            throw new com.safeward.kernel.NotFound("calendar date", date);
        }
        audit.record(AuditEntry.of(AuditAction.DELETED, "WorkingCalendar", date, null,
                Text.of("audit.calendar.removed", date.toString())));
        years.invalidate(date.getYear());
    }

    /** Records that a year's arrangement is entered in full, from which notice. */
    Year enter(YearForm form, String actor) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        if (jdbc.sql("update working_calendar_years set source = :s, entered_by = :by, entered_at = :at "
                + "where calendar_year = :y").param("s", form.source.strip()).param("by", actor).param("at", now)
                .param("y", form.year).update() == 0) {
            jdbc.sql("insert into working_calendar_years (calendar_year, source, entered_by, entered_at) "
                    + "values (:y, :s, :by, :at)").param("y", form.year).param("s", form.source.strip())
                    .param("by", actor).param("at", now).update();
        }
        audit.record(AuditEntry.of(AuditAction.UPDATED, "WorkingCalendar", form.year, null,
                Text.of("audit.calendar.yearEntered", form.year, form.source.strip())));
        return year(form.year);
    }

    private Map<LocalDate, CalendarDay> daysOf(int year) {
        return years.get(year, y -> {
            Map<LocalDate, CalendarDay> days = new HashMap<>();
            jdbc.sql("select calendar_date, working, name from working_calendar_days where calendar_date >= :from "
                    + "and calendar_date < :to").param("from", LocalDate.of(y, 1, 1)).param("to", LocalDate.of(y + 1, 1, 1))
                    .query((rs, n) -> days.put(rs.getObject("calendar_date", LocalDate.class), new CalendarDay(
                            rs.getObject("calendar_date", LocalDate.class), rs.getBoolean("working"), rs.getString("name"))))
                    .list();
            return days;
        });
    }
}
