package com.safeward.watchlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;

/**
 * The home's high-risk card, counted with the lists' own queries: listings awaiting review (WL-7:
 * the security officer reviews, the complaints office proposes), open matches and today's matches
 * (WL-3) for those who act on them, and the month's matches for the leaders.
 */
@Component
class WatchlistHomeCard implements HomeCard {

    private final ListingQueries listings;
    private final ScreeningMatches matches;
    private final OrganizationDirectory directory;
    private final DisplayTimes times;

    WatchlistHomeCard(ListingQueries listings, ScreeningMatches matches, OrganizationDirectory directory,
            DisplayTimes times) {
        this.listings = listings;
        this.matches = matches;
        this.directory = directory;
        this.times = times;
    }

    @Override
    public String access() {
        return WatchlistAccess.HOME;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public HomeCardView show() {
        DataScope scope = directory.currentScope();
        Role role = OrganizationDirectory.currentActor().orElseThrow().role();
        List<HomeFigure> figures = new ArrayList<>();
        if (role == Role.SECURITY_OFFICER || role == Role.COMPLAINTS_OFFICER) {
            figures.add(HomeFigure.of("home.watchlist.toReview", listings.count(ListingStatus.PROPOSED, scope),
                    "/watchlist?status=PROPOSED"));
        }
        if (role == Role.HOSPITAL_LEADER) {
            LocalDate first = times.today().withDayOfMonth(1);
            figures.add(HomeFigure.of("home.watchlist.matchesMonth",
                    matches.count(true, null, times.startOf(first), scope), "/screenings?from=" + first));
        } else if (role != Role.COMPLAINTS_OFFICER) {
            LocalDate today = times.today();
            figures.add(HomeFigure.urgent("home.watchlist.openMatches", matches.count(true, MatchStatus.OPEN, null, scope),
                    "/screenings?status=OPEN"));
            figures.add(HomeFigure.of("home.watchlist.matchesToday", matches.count(true, null, times.startOf(today), scope),
                    "/screenings?from=" + today));
        }
        return HomeCardView.of("home.card.watchlist", figures);
    }
}
