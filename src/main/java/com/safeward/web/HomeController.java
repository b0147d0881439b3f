package com.safeward.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: a home of cards with the work of the user's role (counts that link to
 * their lists, the first task's buttons, the month in figures), refreshed while it is open. The
 * cards come from the modules ({@link HomeCard}); a user whose role has none gets the menu's
 * entries as cards. Any signed-in user.
 */
@Controller
class HomeController {

    private final ObjectProvider<HomeCard> cards;
    private final AccessRules access;

    HomeController(ObjectProvider<HomeCard> cards, AccessRules access) {
        this.cards = cards;
        this.access = access;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cards", cardsForUser());
        return "home";
    }

    /** The cards alone, re-read by the page every half minute and when a notification arrives. */
    @GetMapping("/home/cards")
    String homeCards(Model model) {
        model.addAttribute("cards", cardsForUser());
        return "home :: cards";
    }

    private List<HomeCardView> cardsForUser() {
        return cards.orderedStream()
                .filter(card -> access.allows(card.access()))
                .sorted(Comparator.comparingInt(HomeCard::order))
                .map(HomeCard::show)
                .toList();
    }
}
