package com.safeward;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.support.CompletionRegisteringAdvisor;

/**
 * Only the listeners whose events are stored (the {@code @ApplicationModuleListener}s,
 * {@code spring.modulith.events.registry-trigger-annotation}) mark a publication completed.
 * Spring Modulith 2.1.1 advises every after-commit {@code @TransactionalEventListener} — the live
 * streams' in-memory pushes too — and each of their calls then opens two transactions of its own on
 * {@code event_publication} while the publishing request still holds its connection: a matched
 * screening paid for three connections, and sixteen of them at once exhausted the pool (measured in
 * {@code bench/RESULTS.md}, 2026-12-01). Modulith 2.1.2 and 2.2 honour the trigger annotation
 * themselves; 2.1.1 is the newest served here, so its advisor is replaced by the same advice on the
 * narrower pointcut.
 */
@Configuration(proxyBeanMethods = false)
class EventCompletionScope {

    @Bean
    static BeanDefinitionRegistryPostProcessor storedListenersOnly() {
        return registry -> {
            if (!(registry instanceof ConfigurableListableBeanFactory beans)) {
                return;
            }
            for (String name : beans.getBeanNamesForType(CompletionRegisteringAdvisor.class, true, false)) {
                BeanDefinition original = registry.getBeanDefinition(name);
                registry.removeBeanDefinition(name);
                RootBeanDefinition narrowed = new RootBeanDefinition(Advisor.class,
                        () -> narrowed(beans.getBeanProvider(EventPublicationRegistry.class)));
                narrowed.setRole(original.getRole());
                registry.registerBeanDefinition(name, narrowed);
            }
        };
    }

    /** Modulith's advice (mark processing, completed or failed) on its pointcut, for stored listeners only. */
    static Advisor narrowed(ObjectFactory<EventPublicationRegistry> registry) {
        CompletionRegisteringAdvisor modulith = new CompletionRegisteringAdvisor(registry::getObject);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ComposablePointcut(modulith.getPointcut())
                .intersection(new AnnotationMatchingPointcut(null, ApplicationModuleListener.class, true)),
                modulith.getAdvice());
        advisor.setOrder(modulith.getOrder());
        return advisor;
    }
}
