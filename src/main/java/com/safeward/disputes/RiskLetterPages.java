package com.safeward.disputes;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/** Risk prompt letter pages (DSP-6): the list, logging one, and a letter with its steps. Same roles as {@link RiskLetterApi}. */
@Controller
@RequestMapping("/risk-letters")
@AccessDeclaredBy(RiskLetterAccess.class)
class RiskLetterPages {

    private final RiskLetters letters;
    private final OrganizationDirectory directory;

    RiskLetterPages(RiskLetters letters, OrganizationDirectory directory) {
        this.letters = letters;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(RiskLetterAccess.READ)
    String list(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) Long hospitalId,
            Model model) {
        model.addAttribute("letters", letters.list(open, hospitalId, directory.currentScope()));
        model.addAttribute("open", open);
        return "riskletters/list";
    }

    @GetMapping("/new")
    @PreAuthorize(RiskLetterAccess.LOG)
    String newLetter(@RequestParam(required = false) Long disputeId, @AuthenticationPrincipal Actor actor, Model model) {
        RiskLetterForm form = new RiskLetterForm();
        form.hospitalId = actor.hospitalId();
        form.disputeId = disputeId;
        Forms.show(model, "form", form);
        return form(model);
    }

    @PostMapping
    @PreAuthorize(RiskLetterAccess.LOG)
    String log(@Valid @ModelAttribute("form") RiskLetterForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = letters.log(form, actor, directory.currentScope()).id();
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/risk-letters/" + id;
        }, () -> form(model));
    }

    @GetMapping("/{id}")
    @PreAuthorize(RiskLetterAccess.READ)
    String detail(@PathVariable long id, @AuthenticationPrincipal Actor actor, Model model) {
        RiskLetterView letter = letters.get(id, directory.currentScope());
        model.addAttribute("letter", letter);
        model.addAttribute("ownHospital", actor.hospitalId() != null && actor.hospitalId() == letter.hospitalId());
        return "riskletters/detail";
    }

    @PostMapping("/{id}/read")
    @PreAuthorize(RiskLetterAccess.CONFIRM)
    String read(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/risk-letters/" + id, () -> letters.confirmRead(id, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/measures")
    @PreAuthorize(RiskLetterAccess.ANSWER)
    String measures(@PathVariable long id, @RequestParam(required = false) String measures,
            @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/risk-letters/" + id,
                () -> letters.recordMeasures(id, measures, actor, directory.currentScope()));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(RiskLetterAccess.ANSWER)
    String close(@PathVariable long id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        return Forms.act(redirect, "/risk-letters/" + id, () -> letters.close(id, actor, directory.currentScope()));
    }

    private String form(Model model) {
        model.addAttribute("hospitals", directory.hospitalChoices(directory.currentScope()));
        return "riskletters/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem riskLetterNavigation() {
            return NavigationItem.of("nav.riskLetters", "/risk-letters", 19, RiskLetterAccess.READ);
        }
    }
}
