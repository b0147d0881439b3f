package com.safeward.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.safeward.incidents.IncidentConsequencesRecorded;

/** INC-6: the reports an incident's consequences make owed in the hospital's region, with their due times. */
@Component
class ReportingPolicy {

    /** One report owed: under which rule, to whom, by when. */
    record Owed(String rule, Recipient recipient, Instant dueAt) {
    }

    private final ReportingProperties properties;

    ReportingPolicy(ReportingProperties properties) {
        this.properties = properties;
    }

    List<Owed> owed(IncidentConsequencesRecorded incident, List<String> regionCodes) {
        List<Owed> owed = new ArrayList<>();
        for (ReportingProperties.Rule rule : properties.rules()) {
            if (rule.regionCode() != null && !regionCodes.contains(rule.regionCode())) {
                continue;
            }
            if (rule.triggers().stream().anyMatch(trigger -> triggered(trigger, rule, incident))) {
                Instant due = incident.reportedAt().plus(rule.within());
                rule.recipients().forEach(recipient -> owed.add(new Owed(rule.name(), recipient, due)));
            }
        }
        return owed;
    }

    private static boolean triggered(ReportingProperties.Trigger trigger, ReportingProperties.Rule rule,
            IncidentConsequencesRecorded incident) {
        return switch (trigger) {
            case CRIMINAL_CASE -> incident.criminalCase();
            case DEATH -> incident.deaths() > 0;
            case SERIOUS_INJURY -> incident.seriousInjuries() > 0;
            case MASS_INCIDENT -> incident.massIncident();
            case INJURED_AT_LEAST -> incident.injured() >= rule.minInjured();
        };
    }
}
