package com.safeward.incidents;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The standard operating procedure of each incident type: the ordered steps the operator works
 * through (N-2.1, N-2.2, H-2.2.10). Defaults here; regions will be able to replace them.
 */
@Component
class SopCatalog {

    private static final List<String> DISTURBANCE = List.of("DISPATCH_GUARDS", "PROTECT_STAFF", "STOP_BEHAVIOUR",
            "CALL_110", "PRESERVE_EVIDENCE", "REGISTER_IDENTITIES", "REPORT_LEADERS");
    private static final Map<IncidentType, List<String>> STEPS = Map.ofEntries(
            Map.entry(IncidentType.VIOLENCE, List.of("DISPATCH_GUARDS", "STOP_BEHAVIOUR", "PROTECT_STAFF",
                    "TREAT_INJURED", "CALL_110", "HAND_SUSPECT_TO_POLICE", "PRESERVE_EVIDENCE", "REPORT_LEADERS",
                    "SUPPORT_STAFF")),
            Map.entry(IncidentType.GROUP_DISTURBANCE, DISTURBANCE),
            Map.entry(IncidentType.CORPSE_OR_MOURNING_HALL, DISTURBANCE),
            Map.entry(IncidentType.PROPERTY_DAMAGE, DISTURBANCE),
            Map.entry(IncidentType.THREAT, List.of("DISPATCH_GUARDS", "PROTECT_STAFF", "CALL_110", "PRESERVE_EVIDENCE",
                    "REPORT_LEADERS")),
            Map.entry(IncidentType.INTIMIDATION, List.of("DISPATCH_GUARDS", "PROTECT_STAFF", "CALL_110",
                    "PRESERVE_EVIDENCE", "REPORT_LEADERS")),
            Map.entry(IncidentType.INSULT, List.of("DISPATCH_GUARDS", "PROTECT_STAFF", "PRESERVE_EVIDENCE",
                    "REPORT_LEADERS")),
            Map.entry(IncidentType.SUSPICIOUS_PERSON, List.of("DISPATCH_GUARDS", "VERIFY_IDENTITY", "CALL_110")),
            Map.entry(IncidentType.SUSPICIOUS_ITEM, List.of("CORDON_AREA", "DO_NOT_TOUCH", "CALL_110", "EVACUATE")),
            Map.entry(IncidentType.HIGH_RISK_PERSON, List.of("DISPATCH_GUARDS", "VERIFY_IDENTITY", "CALL_110",
                    "REPORT_LEADERS")),
            Map.entry(IncidentType.DRUNK_OR_VIOLENT_PATIENT, List.of("DISPATCH_GUARDS", "PROTECT_STAFF", "CALL_110")),
            Map.entry(IncidentType.ALARM, List.of("DISPATCH_GUARDS", "VERIFY_ON_SCENE", "REPORT_LEADERS")),
            Map.entry(IncidentType.OTHER, List.of("DISPATCH_GUARDS", "REPORT_LEADERS")));

    List<String> stepsFor(IncidentType type) {
        return STEPS.getOrDefault(type, STEPS.get(IncidentType.OTHER));
    }
}
