package com.safeward.identity;

import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.Forms;

/** Integration tokens: list, create (value shown once), revoke. Same roles and scope as {@link IntegrationTokenApi}. */
@Controller
@RequestMapping("/integration-tokens")
@PreAuthorize(IdentityAccess.ADMINS)
class IntegrationTokenPages {

    private final TokenService tokens;
    private final OrganizationDirectory directory;
    private final ZoneId zone;

    IntegrationTokenPages(TokenService tokens, OrganizationDirectory directory, DisplayTimes times) {
        this.tokens = tokens;
        this.directory = directory;
        this.zone = times.zone();
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            Forms.show(model, "form", new IntegrationTokenForm());
        }
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") IntegrationTokenForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            TokenService.IssuedToken issued = tokens.createIntegrationToken(form.name, form.hospitalId,
                    form.permissions,
                    form.validUntil == null ? null : form.validUntil.plusDays(1).atStartOfDay(zone).toInstant(),
                    directory.currentScope());
            redirect.addFlashAttribute("issuedToken", issued.token());
            return "redirect:/integration-tokens";
        }, () -> page(model));
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeIntegrationToken(id, directory.currentScope());
        redirect.addFlashAttribute("notice", "notice.revoked");
        return "redirect:/integration-tokens";
    }

    private String page(Model model) {
        var scope = directory.currentScope();
        var choices = directory.hospitalChoices(scope);
        model.addAttribute("tokens", tokens.integrationTokens(scope, PageRequest.of(0, 200)).getContent());
        model.addAttribute("hospitals", choices);
        model.addAttribute("hospitalLabels", choices.stream().collect(java.util.stream.Collectors.toMap(
                OrganizationDirectory.Choice::id, OrganizationDirectory.Choice::label)));
        model.addAttribute("permissions", Permission.values());
        return "tokens/list";
    }
}
