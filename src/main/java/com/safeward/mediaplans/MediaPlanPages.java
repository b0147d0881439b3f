package com.safeward.mediaplans;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.BodyValidator;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;
import com.safeward.web.Forms;
import com.safeward.web.NavigationItem;

/**
 * INC-8: the hospital's media contact and information release plan. Edit: the hospital's security
 * officer, administrator and leaders. Read: the hospital's security, monitoring and leaders; the
 * police of the station; regulators of the region (who see which hospitals have none).
 */
@Controller
@Tag(name = "Media plans", description = "INC-8: each hospital's media contact and information release plan")
@AccessDeclaredBy(MediaPlanAccess.class)
class MediaPlanPages {

    private final DisplayTimes times;
    private final MediaPlans plans;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    private final BodyValidator validator;

    MediaPlanPages(MediaPlans plans, OrganizationDirectory directory, DisplayTimes times, AccessRules access,
            BodyValidator validator) {
        this.validator = validator;
        this.access = access;
        this.times = times;
        this.plans = plans;
        this.directory = directory;
    }

    @GetMapping("/api/v1/hospitals/{id}/media-plan")
    @PreAuthorize(MediaPlanAccess.READ)
    @ResponseBody
    @Operation(summary = "INC-8: the hospital's media contact and information release plan (missing=true when none)")
    MediaPlanView get(@PathVariable long id) {
        return plans.of(id, directory.currentScope());
    }

    @PutMapping("/api/v1/hospitals/{id}/media-plan")
    @PreAuthorize(MediaPlanAccess.EDIT)
    @ResponseBody
    @Operation(summary = "INC-8: set the hospital's media contact and information release plan")
    MediaPlanView put(@PathVariable long id, @RequestBody MediaPlanForm form, @AuthenticationPrincipal Actor actor) {
        plans.of(id, directory.currentScope()); // 404 outside the scope, before the body is looked at
        validator.valid(form);
        return plans.save(id, form, actor.username(), directory.currentScope());
    }

    @GetMapping("/media-plans")
    @PreAuthorize(MediaPlanAccess.READ)
    String list(@RequestParam(defaultValue = "false") boolean missing, @AuthenticationPrincipal Actor actor,
            Model model) {
        if (actor.hospitalId() != null) {
            return "redirect:/media-plans/" + actor.hospitalId();
        }
        List<MediaPlanView> all = plans.all(directory.currentScope());
        model.addAttribute("missing", missing);
        model.addAttribute("plans", missing ? all.stream().filter(MediaPlanView::missing).toList() : all);
        return "mediaplans/list";
    }

    @GetMapping("/media-plans/{hospitalId}")
    @PreAuthorize(MediaPlanAccess.READ)
    String detail(@PathVariable long hospitalId, Model model) {
        MediaPlanView plan = plans.of(hospitalId, directory.currentScope());
        MediaPlanForm form = new MediaPlanForm();
        form.contactName = plan.contactName();
        form.contactTitle = plan.contactTitle();
        form.contactPhone = plan.contactPhone();
        form.plan = plan.plan();
        form.reviewedOn = plan.reviewedOn() == null ? times.today() : plan.reviewedOn();
        Forms.show(model, "form", form);
        model.addAttribute("mediaPlan", plan);
        return "mediaplans/detail";
    }

    @PostMapping("/media-plans/{hospitalId}")
    @PreAuthorize(MediaPlanAccess.EDIT)
    String save(@PathVariable long hospitalId, @Valid @ModelAttribute("form") MediaPlanForm form, BindingResult errors,
            @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            plans.save(hospitalId, form, actor.username(), directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/media-plans/" + hospitalId;
        }, () -> {
            model.addAttribute("mediaPlan", plans.of(hospitalId, directory.currentScope()));
            return "mediaplans/detail";
        });
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem mediaPlanNavigation() {
            return NavigationItem.of("nav.mediaPlans", "/media-plans", 13, MediaPlanAccess.READ);
        }

        /** Regulators' home: the hospitals of their region without a media plan (INC-8). */
        @Bean
        HomeCard missingMediaPlans(MediaPlans plans, OrganizationDirectory directory) {
            return HomeCard.of(MediaPlanAccess.HOME, 40, () -> HomeCardView.of("home.card.mediaPlans", List.of(
                    HomeFigure.urgent("home.mediaPlans.missing", plans.all(directory.currentScope()).stream()
                            .filter(MediaPlanView::missing).count(), "/media-plans?missing=true"))));
        }
    }
}
