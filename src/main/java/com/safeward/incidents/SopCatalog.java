package com.safeward.incidents;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.safeward.organizations.OrganizationDirectory;

/**
 * The standard operating procedure of each incident type: the ordered steps the operator works
 * through (N-2.1, N-2.2, H-2.2.10). The notices' defaults are here; a deployment
 * ({@code safeward.incidents.sop.<TYPE>}) or a region and the regions below it
 * ({@code safeward.incidents.regions.<region code>.sop.<TYPE>}) replace a type's list, the most
 * specific one winning ({@link SopProperties}).
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

    private final SopProperties properties;
    private final OrganizationDirectory organizations;

    SopCatalog(SopProperties properties, OrganizationDirectory organizations) {
        this.properties = properties;
        this.organizations = organizations;
        Set<String> unknown = new LinkedHashSet<>(properties.stepNames());
        unknown.removeAll(knownSteps());
        if (!unknown.isEmpty()) { // fail at start-up, not in the middle of an incident
            throw new IllegalStateException("safeward.incidents…sop names steps SafeWard does not know: " + unknown
                    + "; known steps: " + knownSteps());
        }
    }

    /** The steps of the type as the notices give them. */
    static List<String> defaults(IncidentType type) {
        return STEPS.getOrDefault(type, STEPS.get(IncidentType.OTHER));
    }

    /** Every step a configuration may name (each has a label, {@code sop.<STEP>}). */
    static Set<String> knownSteps() {
        Set<String> known = new LinkedHashSet<>();
        STEPS.values().forEach(known::addAll);
        return known;
    }

    /** The steps for an incident of this type in this hospital: its region's, else the deployment's, else the notices'. */
    List<String> stepsFor(IncidentType type, long hospitalId) {
        return properties.stepsFor(type, organizations.regionCodesOf(hospitalId)).orElseGet(() -> defaults(type));
    }
}
