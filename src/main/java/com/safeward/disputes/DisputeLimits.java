package com.safeward.disputes;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.safeward.organizations.OrganizationDirectory;

/** The {@link DisputeProperties} numbers of a hospital's region (remembered a minute: organizations change seldom). */
@Component
class DisputeLimits {

    private final DisputeProperties properties;
    private final OrganizationDirectory organizations;
    private final Cache<Long, DisputeProperties.Limits> limits = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    DisputeLimits(DisputeProperties properties, OrganizationDirectory organizations) {
        this.properties = properties;
        this.organizations = organizations;
    }

    /** For a list of hospitals: their region codes are at hand, no look-up. */
    DisputeProperties.Limits of(com.safeward.organizations.HospitalFacts hospital) {
        return limits.get(hospital.id(), id -> properties.limitsFor(hospital.regionCodes()));
    }

    DisputeProperties.Limits of(long hospitalId) {
        return limits.get(hospitalId, id -> properties.limitsFor(organizations.regionCodesOf(id)));
    }
}
