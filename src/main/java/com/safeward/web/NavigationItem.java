package com.safeward.web;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users holding
 * any of {@code authorities} (e.g. {@code ROLE_SECURITY_OFFICER}); an empty set means every
 * signed-in user.
 */
public record NavigationItem(String messageKey, String path, int order, Set<String> authorities) {

    public static NavigationItem forAll(String messageKey, String path, int order) {
        return new NavigationItem(messageKey, path, order, Set.of());
    }

    public static NavigationItem forRoles(String messageKey, String path, int order, String... roles) {
        Set<String> authorities = new java.util.HashSet<>();
        for (String role : roles) {
            authorities.add("ROLE_" + role);
        }
        return new NavigationItem(messageKey, path, order, Set.copyOf(authorities));
    }

    boolean visibleTo(Set<String> granted) {
        return authorities.isEmpty() || authorities.stream().anyMatch(granted::contains);
    }
}
