package com.safeward;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * SafeWard (平安医院安全秩序管理平台): one modular Spring Boot application serving hospitals,
 * police and regulators. Feature modules live in the sub-packages, each declaring the modules it may
 * depend on; every module may use the shared kernel, texts, persistence and web conventions.
 * {@code ModularityTests} verifies the boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"kernel", "texts", "persistence", "web"})
public class SafeWardApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafeWardApplication.class, args);
    }

    /** Every deadline and timestamp comes from this clock, so tests can control time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * {@code @PastOrPresent} and its kind judge dates by that clock, in the zone people live in: an
     * admission dated today in Beijing time is not "in the future" between 00:00 and 08:00.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock, @Value("${safeward.display-zone}") ZoneId zone) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(zone));
    }
}
