package com.safeward.circulars;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;
import com.safeward.web.PageResponse;

/**
 * INC-7 typical-case circulars (典型案例通报). Issue: regulators and political-legal committees (to
 * the hospitals of their region), system admins. Read: whoever may see one of the hospitals it
 * went to. Mark read: the hospital's security officer and leaders.
 */
@Controller
@Tag(name = "Circulars", description = "INC-7: typical cases summarised and circulated to the hospitals of a region")
@AccessDeclaredBy(CircularAccess.class)
class CircularPages {

    private final Circulars circulars;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    CircularPages(Circulars circulars, OrganizationDirectory directory, AccessRules access) {
        this.access = access;
        this.circulars = circulars;
        this.directory = directory;
    }

    @GetMapping("/api/v1/circulars")
    @PreAuthorize(CircularAccess.READ)
    @ResponseBody
    @Operation(summary = "Circulars you may see, newest first, with how many hospitals have read each")
    PageResponse<CircularView> api(@AuthenticationPrincipal Actor actor, @ParameterObject Pageable pageable) {
        return PageResponse.of(circulars.list(actor, directory.currentScope(), pageable), c -> c);
    }

    @PostMapping("/api/v1/circulars")
    @PreAuthorize(CircularAccess.ISSUE)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Circulate a typical case to every hospital of your region (their security officers and leaders are notified)")
    CircularView issueApi(@Valid @RequestBody CircularForm form, @AuthenticationPrincipal Actor actor) {
        return circulars.issue(form, actor, directory.currentScope());
    }

    @GetMapping("/api/v1/circulars/{id}")
    @PreAuthorize(CircularAccess.READ)
    @ResponseBody
    CircularView getApi(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return circulars.get(id, actor, directory.currentScope());
    }

    @PostMapping("/api/v1/circulars/{id}/read")
    @PreAuthorize(CircularAccess.MARK_READ)
    @ResponseBody
    @Operation(summary = "Record that your hospital has read the circular")
    CircularView readApi(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return circulars.markRead(id, actor, directory.currentScope());
    }

    @GetMapping("/circulars")
    @PreAuthorize(CircularAccess.READ)
    String list(@AuthenticationPrincipal Actor actor, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", circulars.list(actor, directory.currentScope(), pageable));
        return "circulars/list";
    }

    @GetMapping("/circulars/new")
    @PreAuthorize(CircularAccess.ISSUE)
    String newForm(@RequestParam(required = false) Long incidentId, Model model) {
        CircularForm form = new CircularForm();
        form.incidentId = incidentId;
        Forms.show(model, "form", form);
        return "circulars/form";
    }

    @PostMapping("/circulars")
    @PreAuthorize(CircularAccess.ISSUE)
    String issue(@Valid @ModelAttribute("form") CircularForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            CircularView circular = circulars.issue(form, actor, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.circularIssued");
            return "redirect:/circulars/" + circular.id();
        }, () -> "circulars/form");
    }

    @GetMapping("/circulars/{id}")
    @PreAuthorize(CircularAccess.READ)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("circular", circulars.get(id, actor, directory.currentScope()));
        return "circulars/detail";
    }

    @PostMapping("/circulars/{id}/read")
    @PreAuthorize(CircularAccess.MARK_READ)
    String markRead(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/circulars/" + id, () -> circulars.markRead(id, actor, directory.currentScope()));
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem circularsNavigation() {
            return NavigationItem.of("nav.circulars", "/circulars", 14, CircularAccess.READ);
        }
    }
}
