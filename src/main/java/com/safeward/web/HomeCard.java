package com.safeward.web;

import java.util.function.Supplier;

/**
 * A card of a role's home page, contributed by a module as a bean: the work waiting for the
 * signed-in user, as counts that each link to the list they count. A card counts with its list's
 * own query in the user's data scope, so the number on the card is the total the list shows.
 * Shown to users who satisfy {@link #access()}, an expression of the module's access class.
 */
public interface HomeCard {

    /** Who sees the card: a Spring Security expression (the roles whose work it is). */
    String access();

    /** Position on the home page (lower first). */
    int order();

    /** The card as the signed-in user sees it now. */
    HomeCardView show();

    /** A card for whoever {@code access} allows, shown at {@code order}, as {@code show} computes it. */
    static HomeCard of(String access, int order, Supplier<HomeCardView> show) {
        return new HomeCard() {
            @Override
            public String access() {
                return access;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public HomeCardView show() {
                return show.get();
            }
        };
    }
}
