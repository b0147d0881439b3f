/**
 * Notifications to people: the in-app notification center with its unread badge. Other modules
 * send through {@link com.safeward.notifications.NotificationCenter}; every user reads only their own.
 * External channels (WeCom / DingTalk robots, webhooks, SMTP) with retries and a delivery log are
 * still to come.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"alarms", "audit", "brokeraccess", "care", "circulars", "compliance", "dispatch", "disputes", "identity", "incidents", "ledger", "organizations", "personaldata", "reports", "watchlist"})
package com.safeward.notifications;
