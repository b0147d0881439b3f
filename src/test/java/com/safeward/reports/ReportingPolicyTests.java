package com.safeward.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.safeward.incidents.IncidentConsequencesRecorded;
import com.safeward.incidents.IncidentType;
import com.safeward.reports.ReportingProperties.Rule;
import com.safeward.reports.ReportingProperties.Trigger;

/** INC-6 rules: triggers, thresholds, regions, due times. */
class ReportingPolicyTests {

    private final Instant reported = Instant.parse("2026-11-23T08:00:00Z");
    private final ReportingPolicy policy = new ReportingPolicy(new ReportingProperties(List.of(
            new Rule("national", null, List.of(Trigger.DEATH, Trigger.SERIOUS_INJURY), null,
                    List.of(Recipient.NATIONAL_HEALTH), Duration.ofHours(12)),
            new Rule("henan", "410000", List.of(Trigger.DEATH, Trigger.INJURED_AT_LEAST), 2,
                    List.of(Recipient.PROVINCE_HEALTH), Duration.ofHours(1)))));

    @Test
    void aDeathInHenanOwesTheNationalReportIn12HoursAndTheProvinceAtOnce() {
        var owed = policy.owed(incident(1, 0, 0), List.of("410000", "410100", "410102"));
        assertThat(owed).extracting(ReportingPolicy.Owed::recipient)
                .containsExactlyInAnyOrder(Recipient.NATIONAL_HEALTH, Recipient.PROVINCE_HEALTH);
        assertThat(owed).filteredOn(o -> o.recipient() == Recipient.NATIONAL_HEALTH)
                .extracting(ReportingPolicy.Owed::dueAt).containsExactly(reported.plus(Duration.ofHours(12)));
    }

    @Test
    void regionalRulesApplyOnlyInTheirRegionAndThresholdsCount() {
        assertThat(policy.owed(incident(1, 0, 0), List.of("320000", "320100")))
                .extracting(ReportingPolicy.Owed::recipient).containsExactly(Recipient.NATIONAL_HEALTH);
        assertThat(policy.owed(incident(0, 0, 1), List.of("410000"))).isEmpty();
        assertThat(policy.owed(incident(0, 0, 2), List.of("410000")))
                .extracting(ReportingPolicy.Owed::recipient).containsExactly(Recipient.PROVINCE_HEALTH);
    }

    private IncidentConsequencesRecorded incident(int deaths, int serious, int injured) {
        return new IncidentConsequencesRecorded(1, 1, IncidentType.VIOLENCE, "急诊楼", reported, null, deaths, serious,
                injured, false, false);
    }
}
