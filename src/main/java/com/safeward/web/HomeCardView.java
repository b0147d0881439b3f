package com.safeward.web;

import java.util.List;

/**
 * What a home card shows: a title, figures, optional actions (big buttons for the role's first
 * task), an optional chart of the figures, and optionally a page fragment the home loads into it
 * (a guard's current task).
 *
 * @param titleKey message key of the card's title
 * @param figures  counts, each linking to its filtered list
 * @param actions  buttons: message key and path
 * @param chart    a small chart, or {@code null}
 * @param embed    path of an HTML fragment shown in the card, or {@code null}
 */
public record HomeCardView(String titleKey, List<HomeFigure> figures, List<HomeAction> actions, HomeChart chart,
        String embed) {

    public static HomeCardView of(String titleKey, List<HomeFigure> figures) {
        return new HomeCardView(titleKey, figures, List.of(), null, null);
    }

    public HomeCardView withActions(HomeAction... more) {
        return new HomeCardView(titleKey, figures, List.of(more), chart, embed);
    }

    public HomeCardView withChart(HomeChart value) {
        return new HomeCardView(titleKey, figures, actions, value, embed);
    }

    public HomeCardView embedding(String path) {
        return new HomeCardView(titleKey, figures, actions, chart, path);
    }

    /** A button on a card. */
    public record HomeAction(String labelKey, String path) {
    }
}
