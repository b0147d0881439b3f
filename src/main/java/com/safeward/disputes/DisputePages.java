package com.safeward.disputes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

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

import com.safeward.identity.AccountDirectory;
import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/**
 * Dispute pages: the list, opening one (from a complaint too), and a dispute with its steps. Same
 * roles as {@link DisputeApi}; refusals (DSP-4, INC-5) show their reason above the step.
 */
@Controller
@RequestMapping("/disputes")
@AccessDeclaredBy(DisputeAccess.class)
class DisputePages {

    private final DisputeDesk desk;
    private final DisputeChannels channels;
    private final DisputeSettlement settlement;
    private final DisputeReviews reviews;
    private final DisputeNotices notices;
    private final DisputeQueries queries;
    private final DisputeProperties properties;
    private final ComplaintQueries complaints;
    private final RiskLetters letters;
    private final OrganizationDirectory directory;
    private final AccountDirectory accounts;

    DisputePages(DisputeDesk desk, DisputeChannels channels, DisputeSettlement settlement, DisputeReviews reviews,
            DisputeNotices notices, DisputeQueries queries, DisputeProperties properties, ComplaintQueries complaints,
            RiskLetters letters, OrganizationDirectory directory, AccountDirectory accounts) {
        this.desk = desk;
        this.channels = channels;
        this.settlement = settlement;
        this.reviews = reviews;
        this.notices = notices;
        this.queries = queries;
        this.properties = properties;
        this.complaints = complaints;
        this.letters = letters;
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping
    @PreAuthorize(DisputeAccess.READ)
    String list(@ModelAttribute("filter") DisputeQueries.DisputeFilter filter,
            @PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("page", queries.list(filter, directory.currentScope(), pageable));
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        model.addAttribute("statuses", DisputeStatus.values());
        model.addAttribute("me", actor.username());
        return "disputes/list";
    }

    @GetMapping("/new")
    @PreAuthorize(DisputeAccess.HANDLE)
    String newDispute(@RequestParam(required = false) Long complaintId, @AuthenticationPrincipal Actor actor,
            Model model) {
        DisputeForm form = new DisputeForm();
        form.hospitalId = actor.hospitalId();
        if (complaintId != null) {
            ComplaintView complaint = complaints.get(complaintId, actor, directory.currentScope());
            form.complaintId = complaint.id();
            form.departmentId = complaint.departmentId();
            form.summary = complaint.subject() + "\n" + complaint.content();
        }
        Forms.show(model, "form", form);
        return form(actor, model);
    }

    @PostMapping
    @PreAuthorize(DisputeAccess.HANDLE)
    String open(@Valid @ModelAttribute("form") DisputeForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        form.hospitalId = actor.hospitalId();
        return Forms.submit(errors, () -> {
            long id = desk.open(form, actor, directory.currentScope()).id();
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/disputes/" + id;
        }, () -> form(actor, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize(DisputeAccess.READ)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        DisputeView dispute = queries.get(id, directory.currentScope());
        model.addAttribute("dispute", dispute);
        boolean own = actor.hospitalId() != null && actor.hospitalId() == dispute.hospitalId();
        model.addAttribute("ownHospital", own);
        model.addAttribute("deliveries", notices.of(id));
        model.addAttribute("review", reviews.of(id).orElse(null));
        model.addAttribute("letters", letters.list(false, dispute.hospitalId(), id, directory.currentScope()));
        model.addAttribute("leaders", own ? accounts.usernames(dispute.hospitalId(), EnumSet.of(Role.HOSPITAL_LEADER))
                : java.util.List.of());
        model.addAttribute("channelKinds", DisputeChannelKind.values());
        model.addAttribute("outcomes", ChannelOutcome.values());
        model.addAttribute("bases", LiabilityBasis.values());
        model.addAttribute("deliveryKinds", NoticeDelivery.values());
        model.addAttribute("partyRoles", PartyRole.values());
        model.addAttribute("documentTypes", com.safeward.personaldata.DocumentType.values());
        model.addAttribute("causes", properties.causeCategories());
        return "disputes/detail";
    }

    @PostMapping("/{id}/parties")
    @PreAuthorize(DisputeAccess.HANDLE)
    String addParty(@PathVariable long id, @ModelAttribute PartyForm form, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, id, () -> desk.addParty(id, form, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/flags")
    @PreAuthorize(DisputeAccess.HANDLE)
    String flags(@PathVariable long id, @RequestParam(defaultValue = "false") boolean threatToStaff,
            @RequestParam(defaultValue = "false") boolean petitionRisk,
            @RequestParam(defaultValue = "false") boolean criminalRisk, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, id, () -> desk.flag(id, new Dispute.RiskFlags(threatToStaff, petitionRisk, criminalRisk),
                actor, directory.currentScope()));
    }

    @PostMapping("/{id}/leader")
    @PreAuthorize(DisputeAccess.ASSIGN_LEADER)
    String leader(@PathVariable long id, @RequestParam(required = false) String leader,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return act(redirect, id, () -> desk.assignLeader(id, leader, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/channels")
    @PreAuthorize(DisputeAccess.HANDLE)
    String openChannel(@PathVariable long id, @RequestParam(required = false) DisputeChannelKind kind,
            @RequestParam(required = false) String body, @RequestParam(required = false) String reference,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return act(redirect, id, () -> channels.open(id, kind, body, reference, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/channels/{channelId}/conclusion")
    @PreAuthorize(DisputeAccess.HANDLE)
    String conclude(@PathVariable long id, @PathVariable long channelId,
            @RequestParam(required = false) ChannelOutcome outcome, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return act(redirect, id, () -> channels.conclude(id, channelId, outcome, note, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/sessions")
    @PreAuthorize(DisputeAccess.HANDLE)
    String session(@PathVariable long id, @RequestParam long channelId, @ModelAttribute DisputeChannels.SessionForm form,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return act(redirect, id, () -> channels.holdSession(id, channelId, form, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/liability")
    @PreAuthorize(DisputeAccess.SETTLE)
    String liability(@PathVariable long id, @RequestParam(required = false) LiabilityBasis basis,
            @RequestParam(required = false) String finding, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, id, () -> settlement.determineLiability(id, basis, finding, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/compensation")
    @PreAuthorize(DisputeAccess.SETTLE)
    String compensation(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(required = false) String reference, @AuthenticationPrincipal Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, id, () -> settlement.recordCompensation(id, amount, paidOn, reference, actor,
                directory.currentScope()));
    }

    @PostMapping("/{id}/notice")
    @PreAuthorize(DisputeAccess.HANDLE)
    String deliver(@PathVariable long id, @RequestParam(required = false) NoticeDelivery delivery,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String note,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return act(redirect, id, () -> notices.recordDelivery(id, delivery, recipient, note, actor,
                directory.currentScope()));
    }

    @GetMapping("/{id}/notice/pdf")
    @PreAuthorize(DisputeAccess.READ)
    org.springframework.http.ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
        return notices.pdf(id, directory.currentScope());
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(DisputeAccess.SETTLE)
    String review(@PathVariable long id, @ModelAttribute DisputeReviews.ReviewForm form,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return act(redirect, id, () -> reviews.reviewAndClose(id, form, actor, directory.currentScope()));
    }

    private static String act(RedirectAttributes redirect, long id, Runnable step) {
        return Forms.act(redirect, "/disputes/" + id, step);
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("departments", directory.departmentChoices(actor.hospitalId()));
        return "disputes/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem disputeNavigation() {
            return NavigationItem.of("nav.disputes", "/disputes", 19, DisputeAccess.READ);
        }
    }
}
