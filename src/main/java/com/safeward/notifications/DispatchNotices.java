package com.safeward.notifications;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.safeward.dispatch.GuardTaskAssigned;
import com.safeward.kernel.Text;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.OrganizationDirectory;

/** INC-1, WL-3: the guard sent somewhere hears of it on the phone at once (the task page refreshes itself). */
@Component
class DispatchNotices {

    private final NotificationCenter center;
    private final OrganizationDirectory organizations;

    DispatchNotices(NotificationCenter center, OrganizationDirectory organizations) {
        this.center = center;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(GuardTaskAssigned task) {
        String place = organizations.area(task.hospitalId(), task.areaId()).map(AreaView::location).orElse("");
        center.send(Notice.of(NotificationKind.GUARD_TASK, task.hospitalId(), List.of(task.guard()),
                Text.of("notice.guardTask.title", Text.of(task.kind()), place),
                task.instructions() == null ? null : Text.of("notice.text", task.instructions()), "/my-tasks"));
    }
}
