package com.safeward.watchlist;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WL-7: every hour, listings past their validity end (db-scheduler: once in a cluster, and a
 * restart does not skip it). The dates come from the injected Clock, so tests decide what is due.
 */
@Configuration
class WatchlistExpiry {

    static final String TASK = "watchlist-expiry";

    @Bean
    RecurringTask<Void> watchlistExpiryTask(ObjectProvider<Watchlist> watchlist) {
        return Tasks.recurring(TASK, FixedDelay.ofHours(1)).execute((instance, context) -> watchlist.getObject().expire());
    }
}
