package com.safeward.notifications;

import java.util.List;

import com.safeward.kernel.Text;

/** Notifications were written for these users (published in the sending transaction). */
record NotificationsSent(List<String> recipients, Text title) {
}
