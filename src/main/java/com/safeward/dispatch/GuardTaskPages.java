package com.safeward.dispatch;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import com.safeward.web.NavigationItem;

/** The guard's phone page and API: my open tasks with their location; confirm receipt and arrival. Guards only, their own tasks. */
@Controller
@Tag(name = "Guard tasks", description = "INC-1, WL-3: tasks of the signed-in guard")
@PreAuthorize(DispatchAccess.GUARD)
class GuardTaskPages {

    private final GuardDispatch dispatch;

    GuardTaskPages(GuardDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @GetMapping("/my-tasks")
    String myTasks(Authentication auth, Model model) {
        model.addAttribute("open", dispatch.openFor(auth.getName()));
        model.addAttribute("done", dispatch.doneBy(auth.getName()));
        return "dispatch/my-tasks";
    }

    @GetMapping("/my-tasks/open")
    String openTasks(Authentication auth, Model model) {
        model.addAttribute("open", dispatch.openFor(auth.getName()));
        return "dispatch/my-tasks :: open-tasks";
    }

    @PostMapping("/my-tasks/{id}/acknowledge")
    String acknowledge(Authentication auth, @PathVariable long id) {
        dispatch.acknowledge(id, auth.getName());
        return "redirect:/my-tasks";
    }

    @PostMapping("/my-tasks/{id}/arrived")
    String arrived(Authentication auth, @PathVariable long id) {
        dispatch.arrive(id, auth.getName());
        return "redirect:/my-tasks";
    }

    @GetMapping("/api/v1/my-tasks")
    @ResponseBody
    java.util.List<GuardTaskView> api(Authentication auth) {
        return dispatch.openFor(auth.getName());
    }

    @PostMapping("/api/v1/my-tasks/{id}/acknowledge")
    @ResponseBody
    GuardTaskView acknowledgeApi(Authentication auth, @PathVariable long id) {
        return dispatch.acknowledge(id, auth.getName());
    }

    @PostMapping("/api/v1/my-tasks/{id}/arrived")
    @ResponseBody
    GuardTaskView arrivedApi(Authentication auth, @PathVariable long id) {
        return dispatch.arrive(id, auth.getName());
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem myTasksNavigation() {
            return NavigationItem.of("nav.myTasks", "/my-tasks", 3, DispatchAccess.GUARD);
        }
    }
}
