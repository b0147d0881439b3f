package com.safeward.calendar;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;

/**
 * The working-day calendar (DSP-1). Read: every signed-in user (and the deadline arithmetic);
 * change: system admins.
 */
@RestController
@RequestMapping("/api/v1/working-calendar")
@Tag(name = "Working-day calendar", description = "DSP-1: public holidays and adjusted working days, per year")
class WorkingCalendarApi {

    /** A time limit in working days and the day it ends; {@code yearEntered} false: counted by weekdays alone. */
    record Deadline(LocalDate from, int workingDays, LocalDate due, boolean yearEntered) {
    }

    /** A date's listing: holiday (working false) or adjusted working day (true), and its name. */
    record DayRequest(boolean working, @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(max = 50) String name) {
    }

    /** The notice a year's arrangement comes from. */
    record YearRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 300)
            String source) {
    }

    private final WorkingCalendar calendar;

    WorkingCalendarApi(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @PreAuthorize(CalendarAccess.READ)
    @Operation(summary = "A year's holidays and adjusted working days, and the notice it was entered from "
            + "(source null: not entered, dates count by weekdays alone)")
    WorkingCalendar.Year year(@RequestParam int year) {
        return calendar.year(year);
    }

    @GetMapping("/deadline")
    @PreAuthorize(CalendarAccess.READ)
    @Operation(summary = "The day a limit of N working days ends, counted from the day after `from`")
    Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam int workingDays) {
        LocalDate due = calendar.plusWorkingDays(from, workingDays);
        return new Deadline(from, workingDays, due, calendar.knows(from.getYear()) && calendar.knows(due.getYear()));
    }

    @PutMapping("/{date}")
    @PreAuthorize(CalendarAccess.EDIT)
    @Operation(summary = "List a date as a holiday (working false) or an adjusted working day (true), with its name")
    CalendarDay set(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody DayRequest request, @AuthenticationPrincipal Actor actor) {
        DayForm form = new DayForm();
        form.date = date;
        form.working = request.working();
        form.name = request.name();
        return calendar.set(form, actor.username());
    }

    @DeleteMapping("/{date}")
    @PreAuthorize(CalendarAccess.EDIT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a date off the list: it counts by its weekday again")
    void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal Actor actor) {
        calendar.remove(date, actor.username());
    }

    @PutMapping("/years/{year}")
    @PreAuthorize(CalendarAccess.EDIT)
    @Operation(summary = "Record that a year's arrangement is entered in full, and from which notice")
    WorkingCalendar.Year enter(@PathVariable int year, @Valid @RequestBody YearRequest request,
            @AuthenticationPrincipal Actor actor) {
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw new com.safeward.kernel.RuleViolation("year", "validation.calendar.year", WorkingCalendar.FIRST_YEAR,
                    WorkingCalendar.LAST_YEAR);
        }
        YearForm form = new YearForm();
        form.year = year;
        form.source = request.source();
        return calendar.enter(form, actor.username());
    }
}
