package com.safeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.beans.factory.annotation.Autowired;

import com.safeward.watchlist.HighRiskPersonScreened;
import com.safeward.watchlist.ListingProposed;

/**
 * A live-stream push after a commit (a matched screening reaching the consoles) costs no database
 * work: only the listeners whose events are stored mark their publication completed. When every
 * after-commit listener did, each matched screening opened two more transactions while still holding
 * its connection, and sixteen hospital information systems screening at once exhausted the pool
 * (bench/RESULTS.md, 2026-12-01).
 */
@SafeWardTest
class EventCompletionScopeTests {

    @Autowired List<Advisor> advisors;

    @Test
    void onlyStoredListenersMarkTheirPublicationCompleted() throws Exception {
        List<PointcutAdvisor> completion = advisors.stream().filter(PointcutAdvisor.class::isInstance)
                .map(PointcutAdvisor.class::cast)
                .filter(a -> a.getAdvice().getClass().getSimpleName().equals("CompletionRegisteringMethodInterceptor"))
                .toList();
        assertThat(completion).as("Modulith's completion advice is in place").hasSize(1);
        PointcutAdvisor advisor = completion.get(0);

        Class<?> consoles = Class.forName("com.safeward.alarms.AlarmStream");
        Method push = consoles.getDeclaredMethod("on", HighRiskPersonScreened.class);
        Class<?> notices = Class.forName("com.safeward.notifications.WatchlistNotices");
        Method review = notices.getDeclaredMethod("on", ListingProposed.class);

        assertThat(advises(advisor, consoles, push)).as("the consoles' after-commit push").isFalse();
        assertThat(advises(advisor, notices, review)).as("the stored WL-1 review notice").isTrue();
    }

    private static boolean advises(PointcutAdvisor advisor, Class<?> type, Method method) {
        return advisor.getPointcut().getClassFilter().matches(type)
                && advisor.getPointcut().getMethodMatcher().matches(method, type);
    }
}
