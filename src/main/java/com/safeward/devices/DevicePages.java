package com.safeward.devices;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
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

import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;
import com.safeward.web.AccessRules;
import com.safeward.web.Forms;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;
import com.safeward.web.NavigationItem;

/** Device list and forms; a new or rotated token is shown once. Same roles and scope as {@link DeviceApi}. */
@Controller
@RequestMapping("/devices")
@AccessDeclaredBy(DeviceAccess.class)
class DevicePages {

    private final DeviceRegistry registry;
    private final DeviceFaults faults;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    DevicePages(DeviceRegistry registry, DeviceFaults faults, OrganizationDirectory directory, AccessRules access) {
        this.faults = faults;
        this.access = access;
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(DeviceAccess.READ)
    String list(@ModelAttribute("filter") DeviceRegistry.DeviceFilter filter, @PageableDefault Pageable pageable,
            Model model) {
        DataScope scope = directory.currentScope();
        model.addAttribute("page", registry.list(filter, scope, pageable));
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("types", DeviceType.values());
        return "devices/list";
    }

    @GetMapping("/new")
    @PreAuthorize(DeviceAccess.WRITE)
    String newDevice(@RequestParam(required = false) Long hospitalId, Model model) {
        DeviceForm form = new DeviceForm();
        var choices = directory.hospitalChoices(directory.currentScope());
        form.hospitalId = hospitalId != null ? hospitalId : choices.size() == 1 ? choices.get(0).id() : null;
        Forms.show(model, "form", form);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize(DeviceAccess.WRITE)
    String register(@Valid @ModelAttribute("form") DeviceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            DeviceRegistry.Registered registered = registry.register(form, directory.currentScope());
            redirect.addFlashAttribute("issuedToken", registered.token());
            return "redirect:/devices?hospitalId=" + registered.device().hospitalId();
        }, () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DeviceAccess.WRITE)
    String edit(@PathVariable long id, Model model) {
        DeviceForm form = registry.form(id, directory.currentScope());
        Forms.show(model, "form", form);
        return form(model, form, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize(DeviceAccess.WRITE)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DeviceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            DeviceView saved = registry.update(id, form, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/devices?hospitalId=" + saved.hospitalId();
        }, () -> form(model, form, id));
    }

    @PostMapping("/{id}/decommission")
    @PreAuthorize(DeviceAccess.WRITE)
    String decommission(@PathVariable long id, RedirectAttributes redirect) {
        DeviceView device = registry.decommission(id, directory.currentScope());
        redirect.addFlashAttribute("notice", "notice.deviceDecommissioned");
        return "redirect:/devices?hospitalId=" + device.hospitalId();
    }

    @PostMapping("/{id}/faults/{faultId}/resolve")
    @PreAuthorize(DeviceAccess.WRITE)
    String resolve(@PathVariable long id, @PathVariable long faultId, @RequestParam(required = false) String resolution,
            @org.springframework.security.core.annotation.AuthenticationPrincipal com.safeward.organizations.Actor actor,
            RedirectAttributes redirect) {
        try {
            faults.resolve(id, faultId, resolution, actor.username(), directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.faultResolved");
        } catch (com.safeward.kernel.RuleViolation invalid) {
            redirect.addFlashAttribute("faultError", invalid.messageKey());
            redirect.addFlashAttribute("faultErrorId", faultId);
        }
        return "redirect:/devices/" + id + "/edit";
    }

    @PostMapping("/{id}/token")
    @PreAuthorize(DeviceAccess.WRITE)
    String rotateToken(@PathVariable long id, RedirectAttributes redirect) {
        DeviceRegistry.Registered rotated = registry.rotateToken(id, directory.currentScope());
        redirect.addFlashAttribute("issuedToken", rotated.token());
        return "redirect:/devices?hospitalId=" + rotated.device().hospitalId();
    }

    private String form(Model model, DeviceForm form, Long id) {
        DataScope scope = directory.currentScope();
        model.addAttribute("deviceId", id);
        if (id != null) {
            model.addAttribute("device", registry.get(id, scope));
            model.addAttribute("faults", registry.faults(id, scope));
        }
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("areas", form.hospitalId != null && scope.includes(form.hospitalId)
                ? directory.areaChoices(form.hospitalId) : java.util.List.of());
        model.addAttribute("types", DeviceType.values());
        return "devices/form";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem devicesNavigation() {
            return NavigationItem.of("nav.devices", "/devices", 40, DeviceAccess.READ);
        }

        /** GB 50394: a faulty device (a panic button pressed while out of service) needs someone to look at it. */
        @Bean
        HomeCard faultyDevices(DeviceRegistry registry, OrganizationDirectory directory) {
            return HomeCard.of(DeviceAccess.HOME, 40, () -> HomeCardView.of("home.card.devices", List.of(
                    HomeFigure.urgent("home.devices.faulty", registry.count(DeviceRegistry.DeviceFilter.faultyOnly(),
                            directory.currentScope()), "/devices?faulty=true"))));
        }
    }
}
