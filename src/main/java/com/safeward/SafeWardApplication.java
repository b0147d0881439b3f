package com.safeward;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * SafeWard (平安医院安全秩序管理平台): one modular Spring Boot application serving hospitals,
 * police and regulators. Feature modules live in the sub-packages; {@code ModularityTests}
 * verifies their boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeWardApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafeWardApplication.class, args);
    }

    /** Every deadline and timestamp comes from this clock, so tests can control time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
