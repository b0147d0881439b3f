package com.safeward.ledger;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;
import com.safeward.web.NavigationItem;

/**
 * The ledger in the menu and on the home page (RSK-2): security and leaders see what is open,
 * overdue and waiting for verification; an owner their own open items; the level above the
 * overdue items by hospital and what its own inspections raised. Each count is the list's own.
 */
@Configuration
class LedgerHomeCards {

    private static final int HOSPITALS_SHOWN = 5;

    @Bean
    NavigationItem rectificationsNavigation() {
        return NavigationItem.of("nav.rectifications", "/rectifications", 31, LedgerAccess.LEDGER);
    }

    @Bean
    HomeCard ledgerForManagers(LedgerQueries queries, OrganizationDirectory directory) {
        return HomeCard.of(LedgerAccess.HOME_MANAGE, 27, () -> {
            LedgerViewer viewer = viewer(directory);
            LedgerQueries.LedgerFilter none = LedgerQueries.LedgerFilter.none();
            return HomeCardView.of("home.card.ledger", List.of(
                    HomeFigure.of("home.ledger.open", queries.count(none.onlyOpen(), viewer), "/rectifications?open=true"),
                    HomeFigure.urgent("home.ledger.overdue", queries.count(none.onlyOverdue(), viewer),
                            "/rectifications?overdue=true"),
                    HomeFigure.of("home.ledger.awaiting", queries.count(
                            none.withStatus(RectificationStatus.AWAITING_VERIFICATION), viewer),
                            "/rectifications?status=AWAITING_VERIFICATION")));
        });
    }

    @Bean
    HomeCard ledgerForOwners(LedgerQueries queries, OrganizationDirectory directory) {
        return HomeCard.of(LedgerAccess.HOME_OWNER, 27, () -> {
            LedgerViewer viewer = viewer(directory);
            LedgerQueries.LedgerFilter mine = LedgerQueries.LedgerFilter.none().onlyMine();
            return HomeCardView.of("home.card.ledger", List.of(
                    HomeFigure.of("home.ledger.mine", queries.count(mine.withStatus(RectificationStatus.OPEN), viewer),
                            "/rectifications?mine=true&status=OPEN"),
                    HomeFigure.urgent("home.ledger.overdue", queries.count(mine.onlyOverdue(), viewer),
                            "/rectifications?mine=true&overdue=true")));
        });
    }

    @Bean
    HomeCard ledgerForTheLevelAbove(LedgerQueries queries, OrganizationDirectory directory) {
        return HomeCard.of(LedgerAccess.HOME_ABOVE, 27, () -> {
            LedgerViewer viewer = viewer(directory);
            LedgerQueries.LedgerFilter none = LedgerQueries.LedgerFilter.none();
            LedgerQueries.LedgerFilter ours = new LedgerQueries.LedgerFilter(null, null, null, null, null, true, null,
                    true, null);
            List<HomeFigure> figures = new ArrayList<>(List.of(
                    HomeFigure.of("home.ledger.raisedByUs", queries.count(ours, viewer),
                            "/rectifications?raisedByUs=true&open=true"),
                    HomeFigure.urgent("home.ledger.overdue", queries.count(none.onlyOverdue(), viewer),
                            "/rectifications?overdue=true")));
            figures.addAll(HomeFigure.byHospital(queries.countByHospital(none.onlyOverdue(), viewer), HOSPITALS_SHOWN,
                    h -> directory.hospitalLabel(h).orElse("#" + h), h -> "/rectifications?overdue=true&hospitalId=" + h));
            return HomeCardView.of("home.card.ledger", figures);
        });
    }

    private static LedgerViewer viewer(OrganizationDirectory directory) {
        return LedgerViewer.of(OrganizationDirectory.currentActor().orElseThrow(), directory.currentScope());
    }
}
