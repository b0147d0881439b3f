package com.safeward.incidents;

/** INC-4: reported → acknowledged → guards dispatched → on scene → controlled → handed to police → closed. */
public enum IncidentStatus {
    REPORTED, ACKNOWLEDGED, DISPATCHED, ON_SCENE, CONTROLLED, HANDED_TO_POLICE, CLOSED;

    boolean before(IncidentStatus other) {
        return ordinal() < other.ordinal();
    }
}
