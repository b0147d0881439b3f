package com.safeward.ledger;

import java.util.EnumSet;
import java.util.Set;

import com.safeward.organizations.Actor;
import com.safeward.organizations.Affiliation;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.Role;
import com.safeward.persistence.PagedQuery;

/**
 * Whose ledger items and inspections a user sees (RSK-2, SUP-1): a hospital's security officers,
 * leaders and admins its whole ledger; its other staff the items they or their department own;
 * regulators the ledgers of their region's hospitals; the police the items their station's
 * inspections raised, at the hospitals assigned to it. An unannounced visit (暗访) in progress is
 * seen only by the body making it.
 */
record LedgerViewer(DataScope scope, String username, Role role, Long departmentId, Long regionId, Long stationId) {

    private static final Set<Role> WHOLE_LEDGER = EnumSet.of(Role.SECURITY_OFFICER, Role.HOSPITAL_LEADER,
            Role.HOSPITAL_ADMIN);

    static LedgerViewer of(Actor actor, DataScope scope) {
        return new LedgerViewer(scope, actor.username(), actor.role(), actor.departmentId(), actor.regionId(),
                actor.policeStationId());
    }

    Affiliation affiliation() {
        return role.affiliation();
    }

    /** Staff who see only what they or their department own. */
    boolean ownItemsOnly() {
        return affiliation() == Affiliation.HOSPITAL && !WHOLE_LEDGER.contains(role);
    }

    PagedQuery limitLedger(PagedQuery query) {
        scope.limit(query, "hospital_id");
        if (affiliation() == Affiliation.POLICE_STATION) {
            query.and("raised_by_station_id = :viewerStation", "viewerStation", stationId == null ? -1 : stationId);
        }
        if (ownItemsOnly()) {
            query.and("owner = :viewer or (owner is null and owner_department_id = :viewerDepartment)",
                    java.util.Map.of("viewer", username, "viewerDepartment", departmentId == null ? -1 : departmentId));
        }
        return query;
    }

    boolean sees(Rectification item) {
        if (!scope.includes(item.hospitalId())) {
            return false;
        }
        if (affiliation() == Affiliation.POLICE_STATION) {
            return stationId != null && stationId.equals(item.raisedByStationId());
        }
        return !ownItemsOnly() || item.ownedBy(username, departmentId);
    }

    PagedQuery limitInspections(PagedQuery query) {
        scope.limit(query, "hospital_id");
        return query.and("kind <> 'UNANNOUNCED' or status = 'SUBMITTED' or " + conductorCondition(),
                java.util.Map.of("viewerRegion", regionId == null ? -1 : regionId,
                        "viewerStation", stationId == null ? -1 : stationId, "viewer", username));
    }

    /** Whether the viewer's body (region, station, hospital) is the one making the inspection. */
    boolean conducts(Inspection inspection) {
        return switch (affiliation()) {
            case SYSTEM -> inspection.conductedBy().equals(username);
            case REGION -> regionId != null && regionId.equals(inspection.conductorRegionId());
            case POLICE_STATION -> stationId != null && stationId.equals(inspection.conductorStationId());
            case HOSPITAL -> inspection.kind().byHospital();
        };
    }

    boolean sees(Inspection inspection) {
        return scope.includes(inspection.hospitalId()) && (inspection.kind() != InspectionKind.UNANNOUNCED
                || inspection.status() == InspectionStatus.SUBMITTED || conducts(inspection));
    }

    private String conductorCondition() {
        return switch (affiliation()) {
            case SYSTEM -> "conducted_by = :viewer";
            case REGION -> "conductor_region_id = :viewerRegion";
            case POLICE_STATION -> "conductor_station_id = :viewerStation";
            case HOSPITAL -> "1 = 0";
        };
    }
}
