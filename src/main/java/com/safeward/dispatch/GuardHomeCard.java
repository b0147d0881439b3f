package com.safeward.dispatch;

import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;

/** A guard's home leads with the current task (the open-task list itself, with its 收到 and 已到场 buttons). */
@Component
class GuardHomeCard implements HomeCard {

    private final GuardDispatch dispatch;

    GuardHomeCard(GuardDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public String access() {
        return DispatchAccess.GUARD;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public HomeCardView show() {
        String guard = SecurityContextHolder.getContext().getAuthentication().getName();
        return HomeCardView.of("home.card.tasks", List.of(HomeFigure.urgent("home.tasks.open",
                dispatch.openFor(guard).size(), "/my-tasks"))).embedding("/my-tasks/open");
    }
}
