package com.safeward.web;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users who satisfy
 * {@code access}, an expression of the module's access class (the same one its pages require).
 */
public record NavigationItem(String messageKey, String path, int order, String access) {

    /** An entry for everyone signed in. */
    public static NavigationItem forAll(String messageKey, String path, int order) {
        return new NavigationItem(messageKey, path, order, "isAuthenticated()");
    }

    /** An entry for whoever the access class's expression allows. */
    public static NavigationItem of(String messageKey, String path, int order, String access) {
        return new NavigationItem(messageKey, path, order, access);
    }
}
