package com.safeward.alarms;

import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.Role;

/**
 * Who is looking at alarms, and so which alarms they see: the hospital's own people every alarm
 * of their scope; the police of the station a hospital is assigned to, and health regulators,
 * only its panic and intrusion alarms (TEC-7, INC-1), which regulators only watch.
 */
record AlarmViewer(DataScope scope, Kind kind) {

    /** The three kinds of console a province has. */
    enum Kind {
        /** 安全监控中心 and the hospital's security department (and system administrators). */
        HOSPITAL,
        /** 警务室 / 派出所: records that it dispatched officers. */
        POLICE,
        /** 卫生健康委: watches, does not act, no sound by default. */
        REGULATOR
    }

    static AlarmViewer of(Actor actor, DataScope scope) {
        Role role = actor == null ? null : actor.role();
        Kind kind = role == Role.POLICE ? Kind.POLICE : role == Role.REGULATOR ? Kind.REGULATOR : Kind.HOSPITAL;
        return new AlarmViewer(scope, kind);
    }

    /** Sees the whole of the scope's alarms (no alarm hidden from the system's own work). */
    static AlarmViewer everything() {
        return new AlarmViewer(DataScope.all(), Kind.HOSPITAL);
    }

    /** Whether this viewer sees only the alarms that are the police's concern. */
    boolean policeOnly() {
        return kind != Kind.HOSPITAL;
    }

    /** Whether an alarm (or a stream frame) of this hospital, for the police or not, is this viewer's. */
    boolean sees(Long hospitalId, boolean forPolice) {
        return scope.includes(hospitalId) && (forPolice || !policeOnly());
    }
}
