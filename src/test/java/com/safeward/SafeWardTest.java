package com.safeward;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on its embedded defaults (or the integration profile's real services),
 * with demo data, MockMvc, a {@link TestClock}, {@link TestLogins}, {@link TestInbox}, {@link TestAudit} and {@link TestDevices}. Every test class with
 * this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(SafeWardTest.Support.class)
public @interface SafeWardTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Support {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        /** Channels' host names resolve only as a test maps them: no DNS, no real private address (issue 17). */
        @Bean
        @Primary
        TestHostResolver testHostResolver() {
            return new TestHostResolver();
        }

        /** A compliance rule of a module the compliance module does not know (SUP-4: rules are contributed). */
        @Bean
        com.safeward.testrules.StaffingFiledRule staffingFiledRule() {
            return new com.safeward.testrules.StaffingFiledRule();
        }

        @Bean
        TestLogins testLogins(org.springframework.test.web.servlet.MockMvc mvc) {
            return new TestLogins(mvc);
        }

        @Bean
        TestInbox testInbox(org.springframework.test.web.servlet.MockMvc mvc, TestLogins logins) {
            return new TestInbox(mvc, logins);
        }

        @Bean
        TestAudit testAudit(org.springframework.test.web.servlet.MockMvc mvc, TestLogins logins) {
            return new TestAudit(mvc, logins);
        }

        @Bean
        TestDevices testDevices(org.springframework.test.web.servlet.MockMvc mvc, TestLogins logins,
                com.safeward.organizations.OrganizationDirectory directory) {
            return new TestDevices(mvc, logins, directory);
        }
    }
}
