package com.safeward.identity;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Account administration pages. Same roles and scope as {@link UserApi}. */
@Controller
@RequestMapping("/users")
@PreAuthorize(IdentityAccess.ADMINS)
class UserPages {

    private final UserAdministration users;
    private final OrganizationDirectory directory;

    UserPages(UserAdministration users, OrganizationDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor admin, @RequestParam(required = false) String q,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", users.list(admin, q, pageable));
        return "users/list";
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal Actor admin, Model model) {
        Forms.show(model, "form", new UserForm());
        return form(admin, model, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal Actor admin, @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            users.create(admin, form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/users";
        }, () -> form(admin, model, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal Actor admin, @PathVariable long id, Model model) {
        Forms.show(model, "form", users.form(admin, id));
        model.addAttribute("user", users.get(admin, id));
        return form(admin, model, id);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal Actor admin, @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            users.update(admin, id, form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/users";
        }, () -> {
            model.addAttribute("user", users.get(admin, id));
            return form(admin, model, id);
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal Actor admin, @PathVariable long id, RedirectAttributes redirect) {
        users.unlock(admin, id);
        redirect.addFlashAttribute("notice", "notice.unlocked");
        return "redirect:/users";
    }

    private String form(Actor admin, Model model, Long id) {
        boolean systemAdmin = admin.role() == Role.SYSTEM_ADMIN;
        model.addAttribute("userId", id);
        model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(Role::assignableToPeople)
                .filter(r -> systemAdmin || r.affiliation() == com.safeward.organizations.Affiliation.HOSPITAL)
                .toList());
        model.addAttribute("hospitals", directory.hospitalChoices(directory.scopeOf(admin)));
        model.addAttribute("departments", directory.departmentChoices(directory.scopeOf(admin)));
        model.addAttribute("stations", systemAdmin ? directory.policeStationChoices() : java.util.List.of());
        model.addAttribute("regions", systemAdmin ? directory.regionChoices() : java.util.List.of());
        return "users/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem usersNavigation() {
            return NavigationItem.of("nav.users", "/users", 85, IdentityAccess.ADMINS);
        }

        @Bean
        NavigationItem tokensNavigation() {
            return NavigationItem.of("nav.integrationTokens", "/integration-tokens", 86, IdentityAccess.ADMINS);
        }
    }
}
