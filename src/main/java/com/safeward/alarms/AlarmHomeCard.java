package com.safeward.alarms;

import java.util.List;

import org.springframework.stereotype.Component;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;

/** The home's alarm card: open and unacknowledged alarms of the viewer's console (TEC-7: the police see theirs). */
@Component
class AlarmHomeCard implements HomeCard {

    private final AlarmHandling handling;
    private final OrganizationDirectory directory;

    AlarmHomeCard(AlarmHandling handling, OrganizationDirectory directory) {
        this.handling = handling;
        this.directory = directory;
    }

    @Override
    public String access() {
        return AlarmAccess.HOME;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public HomeCardView show() {
        AlarmViewer viewer = AlarmViewer.of(OrganizationDirectory.currentActor().orElse(null), directory.currentScope());
        return HomeCardView.of("home.card.alarms", List.of(
                HomeFigure.urgent("home.alarms.unacknowledged", handling.count(AlarmHandling.State.UNACKNOWLEDGED, viewer),
                        "/console#unacknowledged"),
                HomeFigure.of("home.alarms.open", handling.count(AlarmHandling.State.OPEN, viewer), "/console#open")));
    }
}
