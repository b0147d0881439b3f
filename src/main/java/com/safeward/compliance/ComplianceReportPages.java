package com.safeward.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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

import com.safeward.kernel.NotFound;
import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;

/**
 * The reports page (SUP-4): the archive of reports generated after each month and quarter, and a
 * report made now of any hospital or region the viewer sees. Same roles and scope as
 * {@link ComplianceReportApi}: a hospital's management gets its own hospital's reports.
 */
@Controller
@RequestMapping("/compliance/reports")
@AccessDeclaredBy(ComplianceAccess.class)
class ComplianceReportPages {

    /** A choice of the form's lists. */
    record Option(String value, String label) {
    }

    private static final int MONTHS_OFFERED = 12;
    private static final int QUARTERS_OFFERED = 4;

    private final ComplianceReports reports;
    private final ComplianceQueries queries;
    private final OrganizationDirectory directory;
    private final com.safeward.texts.Texts texts;
    private final DisplayTimes times;
    private final Clock clock;

    ComplianceReportPages(ComplianceReports reports, ComplianceQueries queries, OrganizationDirectory directory,
            com.safeward.texts.Texts texts, DisplayTimes times, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.directory = directory;
        this.texts = texts;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.READ)
    String page(@AuthenticationPrincipal Actor actor, Model model) {
        ReportForm form = new ReportForm();
        List<Option> periods = periods();
        form.period = periods.get(0).value();
        Forms.show(model, "form", form);
        return page(actor, model, periods);
    }

    @PostMapping
    @PreAuthorize(ComplianceAccess.READ)
    String make(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors, @AuthenticationPrincipal Actor actor,
            Model model) {
        return Forms.submit(errors, () -> {
            ReportPeriod period = ReportPeriod.parse(form.period);
            String[] subject = form.subject.split(":");
            long id = Long.parseLong(subject[1]);
            if ("hospital".equals(subject[0])) {
                directory.currentScope().require(id, "hospital", id);
            } else {
                regionScope(id, actor);
            }
            return "redirect:/compliance/reports/" + subject[0] + "s/" + id + "?period=" + period + "&format=" + form.format;
        }, () -> page(actor, model, periods()));
    }

    @GetMapping("/hospitals/{id}")
    @PreAuthorize(ComplianceAccess.READ)
    ResponseEntity<byte[]> hospital(@PathVariable long id, @RequestParam String period,
            @RequestParam(defaultValue = "pdf") String format) {
        return reports.download(reports.hospital(id, ReportPeriod.parse(period), directory.currentScope(),
                LocaleContextHolder.getLocale()), ComplianceReports.excel(format));
    }

    @GetMapping("/regions/{id}")
    @PreAuthorize(ComplianceAccess.OVERVIEW)
    ResponseEntity<byte[]> region(@PathVariable long id, @RequestParam String period,
            @RequestParam(defaultValue = "pdf") String format) {
        return reports.download(reports.region(id, ReportPeriod.parse(period), directory.currentScope(),
                LocaleContextHolder.getLocale()), ComplianceReports.excel(format));
    }

    @GetMapping("/{id}/{format}")
    @PreAuthorize(ComplianceAccess.READ)
    ResponseEntity<byte[]> archived(@PathVariable long id, @PathVariable String format) {
        return reports.archived(id, format, directory.currentScope());
    }

    private String page(Actor actor, Model model, List<Option> periods) {
        DataScope scope = directory.currentScope();
        List<Option> subjects = new ArrayList<>();
        if (actor.role().affiliation() != Affiliation.HOSPITAL) {
            for (var region : directory.regionChoices()) {
                if (sees(region.id(), scope)) {
                    subjects.add(new Option("region:" + region.id(), region.label().strip()));
                }
            }
        }
        directory.hospitalChoices(scope).forEach(h -> subjects.add(new Option("hospital:" + h.id(), h.label())));
        model.addAttribute("subjects", subjects);
        model.addAttribute("periods", periods);
        model.addAttribute("archive", reports.archive(scope));
        return "compliance/reports";
    }

    /** The last twelve months and four quarters that have begun, newest first. */
    private List<Option> periods() {
        LocalDate today = LocalDate.now(clock.withZone(times.zone()));
        List<Option> periods = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            YearMonth month = YearMonth.from(today).minusMonths(i);
            periods.add(option(new ReportPeriod(ReportPeriod.Kind.MONTH, month.getYear(), month.getMonthValue())));
        }
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            YearMonth month = YearMonth.from(today).minusMonths(3L * i);
            periods.add(option(new ReportPeriod(ReportPeriod.Kind.QUARTER, month.getYear(),
                    (month.getMonthValue() - 1) / 3 + 1)));
        }
        return periods;
    }

    private Option option(ReportPeriod period) {
        return new Option(period.toString(), texts.render(period.label()));
    }

    private void regionScope(long id, Actor actor) {
        if (actor.role().affiliation() == Affiliation.HOSPITAL) {
            throw new NotFound("region", id);
        }
        queries.regionScope(id, directory.currentScope());
    }

    private boolean sees(long regionId, DataScope scope) {
        return queries.seenRegion(regionId, scope).filter(regional -> !regional.isEmpty()).isPresent();
    }
}
