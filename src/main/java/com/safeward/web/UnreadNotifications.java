package com.safeward.web;

/** How many unread notifications a user has, for the badge in the page header. */
public interface UnreadNotifications {

    long unreadFor(String username);
}
