package com.safeward.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
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
 * Notification channels and their delivery log, page and API. System admins (all, including
 * system-wide channels) and hospital admins (their hospital's channels).
 */
@Controller
@Tag(name = "Notification channels", description = "WeCom / DingTalk robots, webhooks, email; retries and delivery log")
@PreAuthorize(NotificationAccess.CHANNELS)
@AccessDeclaredBy(NotificationAccess.class)
class ChannelPages {

    private final NotificationChannels channels;
    private final OrganizationDirectory directory;
    private final AccessRules access;

    ChannelPages(NotificationChannels channels, OrganizationDirectory directory, AccessRules access) {
        this.access = access;
        this.channels = channels;
        this.directory = directory;
    }

    @GetMapping("/notification-channels")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long deliveriesOf, Model model) {
        if (!model.containsAttribute("form")) {
            Forms.show(model, "form", new ChannelForm());
        }
        return page(actor, deliveriesOf, model);
    }

    @PostMapping("/notification-channels")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") ChannelForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            channels.create(form, actor, directory.currentScope());
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/notification-channels";
        }, () -> page(actor, null, model));
    }

    @PostMapping("/notification-channels/{id}/enabled")
    String enable(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam boolean enabled) {
        channels.setEnabled(id, enabled, actor, directory.currentScope());
        return "redirect:/notification-channels";
    }

    @GetMapping("/api/v1/notification-channels")
    @ResponseBody
    @Operation(summary = "The channels you manage (system admins: all, hospital admins: their hospital's)")
    PageResponse<ChannelView> api(@ParameterObject Pageable pageable) {
        return PageResponse.of(channels.list(directory.currentScope(), pageable), c -> c);
    }

    @PostMapping("/api/v1/notification-channels")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a channel; an empty hospitalId makes it system-wide (system admins)")
    ChannelView createApi(@AuthenticationPrincipal Actor actor, @Valid @RequestBody ChannelForm form) {
        return channels.create(form, actor, directory.currentScope());
    }

    @PostMapping("/api/v1/notification-channels/{id}/enabled")
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enableApi(@AuthenticationPrincipal Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.Parameter(required = true) @RequestParam(required = false) Boolean enabled)
            throws MissingServletRequestParameterException { // required, checked after the scope
        channels.managed(id, actor, directory.currentScope()); // 404 outside the scope, before the parameter is looked at
        if (enabled == null) {
            throw new MissingServletRequestParameterException("enabled", "boolean");
        }
        channels.setEnabled(id, enabled, actor, directory.currentScope());
    }

    @GetMapping("/api/v1/notification-channels/{id}/deliveries")
    @ResponseBody
    @Operation(summary = "Deliveries through the channel, newest first, with attempts and errors")
    PageResponse<DeliveryView> deliveries(@AuthenticationPrincipal Actor actor, @PathVariable long id,
            @ParameterObject Pageable pageable) {
        return PageResponse.of(channels.deliveries(id, actor, directory.currentScope(), pageable), d -> d);
    }

    private String page(Actor actor, Long deliveriesOf, Model model) {
        var scope = directory.currentScope();
        model.addAttribute("channels", channels.list(scope, PageRequest.of(0, 200)));
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("notificationKinds", NotificationKind.values());
        if (deliveriesOf != null) {
            model.addAttribute("deliveriesOf", deliveriesOf);
            model.addAttribute("deliveries", channels.deliveries(deliveriesOf, actor, scope, PageRequest.of(0, 50)));
        }
        return "notifications/channels";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem channelsNavigation() {
            return NavigationItem.of("nav.channels", "/notification-channels", 87, NotificationAccess.CHANNELS);
        }
    }
}
