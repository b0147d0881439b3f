package com.safeward.compliance;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;
import com.safeward.web.NavigationItem;

/**
 * Compliance pages (SUP-4): a regulator's hospitals with their scores, a hospital's requirements
 * with the finding, the records and the clause, one requirement across the hospitals. A hospital's
 * own people land on their hospital. Same roles and scope as {@link ComplianceApi}.
 */
@Controller
@RequestMapping("/compliance")
@AccessDeclaredBy(ComplianceAccess.class)
class CompliancePages {

    private final ComplianceQueries queries;
    private final ComplianceEvaluation evaluation;
    private final RequirementCatalog catalog;
    private final OrganizationDirectory directory;
    private final Supervision supervision;
    private final java.time.Clock clock;
    private final com.safeward.texts.DisplayTimes times;
    private final ComplianceExport export;

    CompliancePages(ComplianceQueries queries, ComplianceEvaluation evaluation, RequirementCatalog catalog,
            OrganizationDirectory directory, Supervision supervision, java.time.Clock clock,
            com.safeward.texts.DisplayTimes times, ComplianceExport export) {
        this.export = export;
        this.supervision = supervision;
        this.clock = clock;
        this.times = times;
        this.queries = queries;
        this.evaluation = evaluation;
        this.catalog = catalog;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(ComplianceAccess.READ)
    String overview(@org.springframework.web.bind.annotation.RequestParam(required = false) Boolean failing,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String q,
            @org.springframework.data.web.PageableDefault(size = 50) org.springframework.data.domain.Pageable pageable,
            @AuthenticationPrincipal Actor actor, Model model) {
        if (actor.role().affiliation() == Affiliation.HOSPITAL) {
            return "redirect:/compliance/hospitals/" + actor.hospitalId();
        }
        model.addAttribute("page", queries.hospitals(directory.currentScope(), Boolean.TRUE.equals(failing), q, pageable));
        model.addAttribute("failing", Boolean.TRUE.equals(failing));
        model.addAttribute("q", q);
        if (actor.regionId() != null) {
            model.addAttribute("region", queries.region(actor.regionId(), directory.currentScope(),
                    LocaleContextHolder.getLocale()));
        }
        return "compliance/overview";
    }

    /** The overview as an Excel workbook: each hospital's score and the requirements it fails (audited). */
    @GetMapping("/export")
    @PreAuthorize(ComplianceAccess.OVERVIEW)
    org.springframework.http.ResponseEntity<byte[]> export() {
        return export.workbook(directory.currentScope(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/hospitals/{id}")
    @PreAuthorize(ComplianceAccess.READ)
    String hospital(@PathVariable long id, Model model) {
        List<ComplianceViews.RequirementStatus> statuses = queries.hospital(id, directory.currentScope(),
                LocaleContextHolder.getLocale());
        model.addAttribute("hospitalLabel", directory.hospitalLabel(id).orElse(""));
        model.addAttribute("hospitalId", id);
        model.addAttribute("statuses", statuses);
        model.addAttribute("history", supervision.history(id, directory.currentScope()));
        model.addAttribute("trend", queries.monthly(id, directory.currentScope(), 12, java.time.Instant.now(clock),
                times.zone()));
        model.addAttribute("score", queries.hospitals(com.safeward.organizations.DataScope.of(java.util.Set.of(id)))
                .stream().findFirst().orElse(null));
        return "compliance/hospital";
    }

    @GetMapping("/requirements/{id}")
    @PreAuthorize(ComplianceAccess.OVERVIEW)
    String requirement(@PathVariable String id, Model model) {
        model.addAttribute("requirement", catalog.find(id).orElseThrow(() -> new com.safeward.kernel.NotFound("requirement", id)));
        model.addAttribute("title", catalog.find(id).get().title(LocaleContextHolder.getLocale()));
        model.addAttribute("hospitals", queries.requirement(id, directory.currentScope()));
        return "compliance/requirement";
    }

    @PostMapping("/evaluations")
    @PreAuthorize(ComplianceAccess.EVALUATE)
    String evaluate(RedirectAttributes redirect) {
        evaluation.evaluateAll();
        redirect.addFlashAttribute("notice", "notice.complianceEvaluated");
        return "redirect:/compliance";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem complianceNavigation() {
            return NavigationItem.of("nav.compliance", "/compliance", 15, ComplianceAccess.READ);
        }

        /** Regulators: their hospitals' average score and how many fail something (SUP-4). */
        @Bean
        HomeCard complianceOverview(ComplianceQueries queries, OrganizationDirectory directory) {
            return HomeCard.of(ComplianceAccess.OVERVIEW, 5, () -> {
                List<ComplianceViews.HospitalScore> scores = queries.hospitals(directory.currentScope());
                long failing = scores.stream().filter(s -> s.failed() > 0).count();
                return HomeCardView.of("home.card.compliance", List.of(
                        HomeFigure.urgent("home.compliance.failing", failing, "/compliance?failing=true"),
                        HomeFigure.of("home.compliance.hospitals", scores.size(), "/compliance")));
            });
        }
    }
}
