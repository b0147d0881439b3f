package com.safeward.watchlist;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.DocumentType;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.CsvExport;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** The high-risk person registry's pages: list, propose, review, delist, renew, reveal, export. Roles as {@link WatchlistApi}. */
@Controller
@RequestMapping("/watchlist")
@AccessDeclaredBy(WatchlistAccess.class)
class WatchlistPages {

    private final DisplayTimes times;
    private final Watchlist watchlist;
    private final ListingQueries queries;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    WatchlistPages(Watchlist watchlist, ListingQueries queries, OrganizationDirectory directory, DisplayTimes times,
            AccessRules access) {
        this.queries = queries;
        this.access = access;
        this.times = times;
        this.watchlist = watchlist;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(WatchlistAccess.READ)
    String list(@RequestParam(required = false) ListingStatus status, @RequestParam(required = false) RiskCategory category,
            @RequestParam(required = false) String q, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", queries.list(status, category, q, directory.currentScope(), pageable));
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("statuses", ListingStatus.values());
        model.addAttribute("categories", RiskCategory.values());
        return "watchlist/list";
    }

    @GetMapping("/new")
    @PreAuthorize(WatchlistAccess.PROPOSE)
    String proposeForm(@AuthenticationPrincipal Actor actor, Model model) {
        ListingForm form = new ListingForm();
        form.hospitalId = actor.hospitalId();
        form.validUntil = times.today().plusYears(1);
        Forms.show(model, "form", form);
        return form(model);
    }

    @PostMapping
    @PreAuthorize(WatchlistAccess.PROPOSE)
    String propose(@Valid @ModelAttribute("form") ListingForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            ListingView listing = watchlist.propose(form, actor, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.watchlistProposed");
            return "redirect:/watchlist/" + listing.id();
        }, () -> form(model));
    }

    @GetMapping("/{id}")
    @PreAuthorize(WatchlistAccess.READ)
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("listing", queries.get(id, directory.currentScope()));
        return "watchlist/detail";
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(WatchlistAccess.REVIEW)
    String review(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/watchlist/" + id,
                () -> watchlist.review(id, approve, note, version, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/delisting")
    @PreAuthorize(WatchlistAccess.PROPOSE)
    String proposeDelisting(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/watchlist/" + id,
                () -> watchlist.proposeDelisting(id, reason, version, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/renewal")
    @PreAuthorize(WatchlistAccess.REVIEW)
    String renew(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/watchlist/" + id,
                () -> watchlist.renew(id, validUntil, note, version, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/reveal")
    @PreAuthorize(WatchlistAccess.REVEAL)
    String reveal(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("revealed", watchlist.reveal(id, reason, directory.currentScope()));
        } catch (RuleViolation ex) {
            redirect.addFlashAttribute("actionError", ex.messageKey());
        }
        return "redirect:/watchlist/" + id;
    }

    @PostMapping("/export")
    @PreAuthorize(WatchlistAccess.EXPORT)
    void export(@RequestParam(required = false) String reason, HttpServletResponse response) throws IOException {
        List<java.util.Map<String, Object>> rows = watchlist.exportForPolice(reason, directory.currentScope());
        List<String> headers = List.of("id", "hospital", "name", "documentType", "documentNumber", "phone", "birthDate",
                "sex", "category", "riskLevel", "reasons", "validUntil");
        CsvExport.write(response, "高风险人员名单.csv", headers,
                rows.stream().map(row -> headers.stream().map(row::get).toList()).toList());
    }

    private String form(Model model) {
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("riskLevels", RiskLevel.values());
        return "watchlist/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem watchlistNavigation() {
            return NavigationItem.of("nav.watchlist", "/watchlist", 20, WatchlistAccess.READ);
        }

        @Bean
        NavigationItem screeningsNavigation() {
            return NavigationItem.of("nav.screenings", "/screenings", 21, WatchlistAccess.READ_SCREENINGS);
        }
    }
}
