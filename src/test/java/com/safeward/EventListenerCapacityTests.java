package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The module listeners (@ApplicationModuleListener) run on a bounded pool that can never take every
 * database connection: a burst of events (one sweep escalating thousands of unacknowledged alarms)
 * waits in the queue while screenings, logins and pages keep their connections. A benchmark run
 * where eight listener threads held eight of ten connections for minutes made the screening API fall
 * from thousands of requests a second to fifteen.
 */
@SafeWardTest
class EventListenerCapacityTests {

    @Autowired ThreadPoolTaskExecutor applicationTaskExecutor;
    @Autowired HikariDataSource dataSource;

    @Test
    void listenersLeaveMostConnectionsToRequests() {
        assertThat(applicationTaskExecutor.getMaxPoolSize()).as("listener threads")
                .isLessThanOrEqualTo(dataSource.getMaximumPoolSize() / 2);
        assertThat(applicationTaskExecutor.getQueueCapacity()).as("a bounded queue that holds a sweep's burst")
                .isBetween(10_000, 100_000);
    }
}
