package com.safeward.dispatch;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.safeward.organizations.Actor;
import com.safeward.web.NavigationItem;

/**
 * Who can be sent now: the hospital's guards, free ones first, the others with the task they are on
 * and since when (INC-1). The monitoring center and security, their own hospital's guards. Duty
 * rosters (who is on shift) come with guard operations; until then every enabled guard account
 * counts as on duty.
 */
@Controller
@PreAuthorize(DispatchAccess.GUARDS)
class GuardPages {

    private final GuardDispatch dispatch;

    GuardPages(GuardDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @GetMapping("/guards")
    String guards(@AuthenticationPrincipal Actor actor, Model model) {
        List<GuardOnDuty> guards = actor.hospitalId() == null ? List.of() : dispatch.onDuty(actor.hospitalId());
        model.addAttribute("free", guards.stream().filter(GuardOnDuty::free).toList());
        model.addAttribute("busy", guards.stream().filter(g -> !g.free()).toList());
        return "dispatch/guards";
    }

    @Configuration
    static class Navigation {
        @Bean
        NavigationItem guardsNavigation() {
            return NavigationItem.of("nav.guards", "/guards", 6, DispatchAccess.GUARDS);
        }
    }
}
