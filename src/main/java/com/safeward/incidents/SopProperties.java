package com.safeward.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeward.incidents.sop.<TYPE>=STEP,STEP,…} replaces the notices' SOP checklist of an
 * incident type for the whole deployment; {@code safeward.incidents.regions.<region code>.sop.<TYPE>}
 * for a region and the regions below it (the most specific wins). Steps are those SafeWard knows
 * ({@link SopCatalog#knownSteps()}), in the order the operator works through them.
 */
@ConfigurationProperties("safeward.incidents")
record SopProperties(Map<IncidentType, List<String>> sop, Map<String, Region> regions) {

    SopProperties {
        sop = sop == null ? Map.of() : Map.copyOf(sop);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** A region's own checklists. */
    record Region(Map<IncidentType, List<String>> sop) {
        Region {
            sop = sop == null ? Map.of() : Map.copyOf(sop);
        }
    }

    /** The configured steps of the type for a hospital whose region codes (root first) are given. */
    Optional<List<String>> stepsFor(IncidentType type, List<String> regionCodes) {
        List<String> steps = sop.get(type);
        for (String code : regionCodes) {
            Region region = regions.get(code);
            if (region != null && region.sop().containsKey(type)) {
                steps = region.sop().get(type);
            }
        }
        return Optional.ofNullable(steps).map(list -> list.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** Every step any configuration names. */
    List<String> stepNames() {
        List<String> names = new ArrayList<>();
        sop.values().forEach(names::addAll);
        regions.values().forEach(region -> region.sop().values().forEach(names::addAll));
        return names.stream().map(String::strip).toList();
    }
}
