package com.safeward.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** The working-day calendar page (DSP-1): a year's holidays and adjusted working days; system admins keep it. */
@Controller
@RequestMapping("/working-calendar")
@AccessDeclaredBy(CalendarAccess.class)
class WorkingCalendarPages {

    private final WorkingCalendar calendar;
    private final Clock clock;

    WorkingCalendarPages(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(CalendarAccess.READ)
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        DayForm day = new DayForm();
        day.date = LocalDate.of(shown, 1, 1);
        Forms.show(model, "day", day);
        YearForm entered = new YearForm();
        entered.year = shown;
        Forms.show(model, "entered", entered);
        return page(shown, model);
    }

    @PostMapping
    @PreAuthorize(CalendarAccess.EDIT)
    String set(@Valid @ModelAttribute("day") DayForm form, BindingResult errors, @AuthenticationPrincipal Actor actor,
            Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            calendar.set(form, actor.username());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/working-calendar?year=" + form.date.getYear();
        }, () -> {
            YearForm entered = new YearForm();
            entered.year = form.date == null ? LocalDate.now(clock).getYear() : form.date.getYear();
            Forms.show(model, "entered", entered);
            return page(entered.year, model);
        });
    }

    @PostMapping("/years")
    @PreAuthorize(CalendarAccess.EDIT)
    String enter(@Valid @ModelAttribute("entered") YearForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            calendar.enter(form, actor.username());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/working-calendar?year=" + form.year;
        }, () -> {
            int shown = form.year == null ? LocalDate.now(clock).getYear() : form.year;
            DayForm day = new DayForm();
            day.date = LocalDate.of(shown, 1, 1);
            Forms.show(model, "day", day);
            return page(shown, model);
        });
    }

    @PostMapping("/{date}/removal")
    @PreAuthorize(CalendarAccess.EDIT)
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/working-calendar?year=" + date.getYear(),
                () -> calendar.remove(date, actor.username()));
    }

    private String page(int year, Model model) {
        model.addAttribute("calendar", calendar.year(year));
        model.addAttribute("year", year);
        return "calendar/index";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem workingCalendarNavigation() {
            return NavigationItem.of("nav.workingCalendar", "/working-calendar", 88, CalendarAccess.EDIT);
        }
    }
}
