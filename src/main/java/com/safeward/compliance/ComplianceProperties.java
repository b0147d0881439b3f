package com.safeward.compliance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.compliance.*} (SUP-4): {@code every} — how often every rule is evaluated for
 * every hospital (PT10M); {@code screening-outpatients} (5000) and {@code screening-beds} (1000) —
 * SCR-1's thresholds (H-2.2.9); {@code assessment-excellent} (90) and {@code assessment-passing}
 * (75) — the overall scores of the Safe Hospital assessment's grades (SUP-2; the notices give no
 * figure, these are ours); {@code regions.<region code>.*} sets any of them for a region and the
 * regions below it (the most specific wins).
 */
@ConfigurationProperties("safeward.compliance")
record ComplianceProperties(Duration every, Integer screeningOutpatients, Integer screeningBeds,
        Integer assessmentExcellent, Integer assessmentPassing, Map<String, Override> regions) {

    ComplianceProperties {
        assessmentExcellent = assessmentExcellent == null ? 90 : assessmentExcellent;
        assessmentPassing = assessmentPassing == null ? 75 : assessmentPassing;
        every = every == null ? Duration.ofMinutes(10) : every;
        screeningOutpatients = screeningOutpatients == null ? 5000 : screeningOutpatients;
        screeningBeds = screeningBeds == null ? 1000 : screeningBeds;
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    record Override(Integer screeningOutpatients, Integer screeningBeds, Integer assessmentExcellent,
            Integer assessmentPassing) {
    }

    /** The assessment's marks for one hospital's region. */
    record AssessmentMarks(int excellent, int passing) {
    }

    AssessmentMarks marksFor(List<String> regionCodes) {
        int excellent = assessmentExcellent;
        int passing = assessmentPassing;
        for (String code : regionCodes) {
            Override specific = regions.get(code);
            if (specific != null) {
                excellent = specific.assessmentExcellent() == null ? excellent : specific.assessmentExcellent();
                passing = specific.assessmentPassing() == null ? passing : specific.assessmentPassing();
            }
        }
        return new AssessmentMarks(excellent, passing);
    }

    /** The thresholds of one hospital's region. */
    record Thresholds(int screeningOutpatients, int screeningBeds) {
    }

    Thresholds thresholdsFor(List<String> regionCodes) {
        int outpatients = screeningOutpatients;
        int beds = screeningBeds;
        for (String code : regionCodes) {
            Override specific = regions.get(code);
            if (specific != null) {
                outpatients = specific.screeningOutpatients() == null ? outpatients : specific.screeningOutpatients();
                beds = specific.screeningBeds() == null ? beds : specific.screeningBeds();
            }
        }
        return new Thresholds(outpatients, beds);
    }
}
