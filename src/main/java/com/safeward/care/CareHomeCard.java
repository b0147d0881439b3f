package com.safeward.care;

import java.util.List;

import org.springframework.stereotype.Component;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;

/** The ward's home card: inpatients due a psychological assessment, counted as the care list counts them. */
@Component
class CareHomeCard implements HomeCard {

    private final CareQueries queries;
    private final OrganizationDirectory directory;

    CareHomeCard(CareQueries queries, OrganizationDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @Override
    public String access() {
        return CareAccess.HOME;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public HomeCardView show() {
        return HomeCardView.of("home.card.care", List.of(HomeFigure.urgent("home.care.due",
                queries.countInpatients(true, directory.currentScope()), "/care?due=true")));
    }
}
