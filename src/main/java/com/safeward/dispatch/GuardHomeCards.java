package com.safeward.dispatch;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;

/**
 * The home's guard cards: a guard's home leads with the current task (the open-task list itself,
 * with its 收到 and 已到场 buttons); the monitoring center and security see how many of their
 * guards are free to be sent and how many are on a task.
 */
@Configuration
class GuardHomeCards {

    @Bean
    HomeCard currentTask(GuardDispatch dispatch) {
        return HomeCard.of(DispatchAccess.GUARD, 1, () -> {
            String guard = SecurityContextHolder.getContext().getAuthentication().getName();
            return HomeCardView.of("home.card.tasks", List.of(HomeFigure.urgent("home.tasks.open",
                    dispatch.openFor(guard).size(), "/my-tasks"))).embedding("/my-tasks/open");
        });
    }

    @Bean
    HomeCard guardsOnDuty(GuardDispatch dispatch) {
        return HomeCard.of(DispatchAccess.GUARDS, 12, () -> {
            Long hospital = OrganizationDirectory.currentActor().orElseThrow().hospitalId();
            List<GuardOnDuty> guards = hospital == null ? List.of() : dispatch.onDuty(hospital);
            long free = guards.stream().filter(GuardOnDuty::free).count();
            return HomeCardView.of("home.card.guards", List.of(
                    HomeFigure.of("home.guards.free", free, "/guards#free"),
                    HomeFigure.of("home.guards.busy", guards.size() - free, "/guards#busy")));
        });
    }
}
