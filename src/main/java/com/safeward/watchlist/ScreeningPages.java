package com.safeward.watchlist;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.dispatch.GuardDispatch;
import com.safeward.dispatch.GuardTaskKind;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;

/** Screening matches and the actions on them (WL-3). Roles as {@link ScreeningApi}. */
@Controller
@RequestMapping("/screenings")
@AccessDeclaredBy(WatchlistAccess.class)
class ScreeningPages {

    private final Screenings screenings;
    private final ScreeningMatches matches;
    private final GuardDispatch dispatch;
    private final OrganizationDirectory directory;
    private final AccessRules access;
    private final com.safeward.texts.DisplayTimes times;

    ScreeningPages(Screenings screenings, ScreeningMatches matches, GuardDispatch dispatch, OrganizationDirectory directory,
            AccessRules access, com.safeward.texts.DisplayTimes times) {
        this.access = access;
        this.times = times;
        this.screenings = screenings;
        this.matches = matches;
        this.dispatch = dispatch;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(WatchlistAccess.READ_SCREENINGS)
    String list(@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) MatchStatus status,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            @RequestParam(required = false) Long hospitalId, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", matches.list(!all, status, from == null ? null : times.startOf(from), hospitalId,
                directory.currentScope(), pageable));
        model.addAttribute("hospitalId", hospitalId);
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("from", from);
        model.addAttribute("statuses", MatchStatus.values());
        model.addAttribute("all", all);
        model.addAttribute("status", status);
        return "watchlist/screenings";
    }

    @GetMapping("/{id}")
    @PreAuthorize(WatchlistAccess.READ_SCREENINGS)
    String detail(@PathVariable long id, Model model) {
        ScreeningView screening = matches.get(id, directory.currentScope());
        model.addAttribute("screening", screening);
        model.addAttribute("guards", dispatch.guardsOf(screening.hospitalId()));
        return "watchlist/screening";
    }

    @PostMapping("/{id}/guard")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    String assignGuard(@PathVariable long id, @RequestParam GuardTaskKind kind, @RequestParam(required = false) String guard,
            @RequestParam(required = false) String instructions, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return Forms.act(redirect, "/screenings/" + id, () -> matches.assignGuard(id, kind, guard, instructions,
                actor.username(), directory.currentScope()));
    }

    @PostMapping("/{id}/police-report")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    String reportToPolice(@PathVariable long id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/screenings/" + id,
                () -> matches.reportToPolice(id, note, actor.username(), directory.currentScope()));
    }

    @PostMapping("/{id}/talks")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    String recordTalk(@PathVariable long id, @RequestParam MatchAction action, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/screenings/" + id,
                () -> matches.recordTalk(id, action, note, actor.username(), directory.currentScope()));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize(WatchlistAccess.ACT_ON_MATCH)
    String decide(@PathVariable long id, @RequestParam boolean confirm, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/screenings/" + id,
                () -> matches.decide(id, confirm, note, actor.username(), directory.currentScope()));
    }
}
