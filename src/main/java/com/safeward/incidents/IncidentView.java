package com.safeward.incidents;

import java.time.Instant;
import java.util.List;

import com.safeward.trail.TrailEntry;

/** An incident with its location, timeline, SOP checklist and police record. */
public record IncidentView(long id, long hospitalId, String hospitalLabel, long areaId, String location,
        IncidentType incidentType, String description, Long sourceAlarmId, IncidentStatus status, String reportedBy,
        Instant reportedAt, Instant acknowledgedAt, Instant dispatchedAt, Instant onSceneAt, Instant controlledAt,
        Instant handedToPoliceAt, Instant closedAt, String closingSummary, int deaths, int seriousInjuries,
        int injured, boolean massIncident, boolean criminalCase, List<Step> sop, PoliceRecord police,
        List<TrailEntry> trail) {

    /** One SOP step: done, skipped with a reason, or still open. */
    public record Step(int position, String step, Instant doneAt, String doneBy, String skippedReason) {
        public boolean open() {
            return doneAt == null;
        }
    }

    /** INC-3: the call to the police and what the police recorded back. */
    public record PoliceRecord(Instant calledAt, String calledBy, int partiesCount, List<String> behaviours,
            boolean anyoneInjured, int injuredCount, Instant policeArrivedAt, Instant sceneControlledAt,
            String disposalOpinion, String disposalBy, Instant disposalAt) {
    }

}
