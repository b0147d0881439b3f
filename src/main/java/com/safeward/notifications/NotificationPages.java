package com.safeward.notifications;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.safeward.web.NavigationItem;
import com.safeward.web.PageResponse;

/** Your notifications, in the UI and the API. Any signed-in person; only their own. */
@Controller
@Tag(name = "Notifications", description = "Your in-app notifications")
@PreAuthorize(NotificationAccess.PEOPLE)
class NotificationPages {

    private final NotificationCenter center;

    NotificationPages(NotificationCenter center) {
        this.center = center;
    }

    @GetMapping("/notifications")
    String list(Authentication auth, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", center.of(auth.getName(), pageable));
        return "notifications/list";
    }

    @PostMapping("/notifications/read")
    String markAllRead(Authentication auth) {
        center.markAllRead(auth.getName());
        return "redirect:/notifications";
    }

    @GetMapping("/api/v1/notifications")
    @ResponseBody
    PageResponse<NotificationView> api(Authentication auth, @ParameterObject Pageable pageable) {
        return PageResponse.of(center.of(auth.getName(), pageable), n -> n);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(Authentication auth, @PathVariable long id) {
        center.markRead(id, auth.getName());
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem notificationsNavigation() {
            return NavigationItem.forAll("nav.notifications", "/notifications", 95);
        }
    }
}
