package com.safeward.notifications;

import java.util.List;

/** Notifications were written for these users (published in the sending transaction). */
record NotificationsSent(List<String> recipients, String title) {
}
