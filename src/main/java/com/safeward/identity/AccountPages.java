package com.safeward.identity;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Login page (anyone) and changing one's own password (any signed-in person). */
@Controller
class AccountPages {

    private final UserAdministration users;

    AccountPages(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/account/password")
    @PreAuthorize(IdentityAccess.SIGNED_IN)
    String passwordForm(Model model) {
        Forms.show(model, "form", new PasswordChange());
        return "account/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize(IdentityAccess.SIGNED_IN)
    String changePassword(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PasswordChange form,
            BindingResult errors, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            users.changeOwnPassword(user.id(), form);
            redirect.addFlashAttribute("notice", "notice.passwordChanged");
            return "redirect:/";
        }, () -> "account/password");
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem homeNavigation() {
            return NavigationItem.forAll("nav.home", "/", 0);
        }
    }
}
