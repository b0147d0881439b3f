package com.safeward.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.safeward.organizations.OrganizationDirectory;

/**
 * N-2.1, N-2.2, H-2.2.10: SOP checklists are configuration a region can replace, the notices'
 * steps by default; the most specific region wins, and a step SafeWard does not know stops start-up.
 */
class SopCatalogTests {

    private static final long IN_ZHONGYUAN = 1;
    private static final long IN_ERQI = 2;

    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);

    SopCatalogTests() {
        when(organizations.regionCodesOf(IN_ZHONGYUAN)).thenReturn(List.of("410000", "410100", "410102"));
        when(organizations.regionCodesOf(IN_ERQI)).thenReturn(List.of("410000", "410100", "410103"));
    }

    @Test
    void withoutConfigurationEveryHospitalWorksThroughTheNoticesSteps() {
        SopCatalog catalog = new SopCatalog(new SopProperties(null, null), organizations);
        assertThat(catalog.stepsFor(IncidentType.VIOLENCE, IN_ZHONGYUAN)).startsWith("DISPATCH_GUARDS", "STOP_BEHAVIOUR")
                .contains("CALL_110", "SUPPORT_STAFF");
        assertThat(catalog.stepsFor(IncidentType.DRUNK_OR_VIOLENT_PATIENT, IN_ERQI))
                .containsExactly("DISPATCH_GUARDS", "PROTECT_STAFF", "CALL_110");
    }

    @Test
    void aRegionsChecklistAppliesToItsHospitalsAndTheDeploymentsToTheOthers() {
        var drunk = IncidentType.DRUNK_OR_VIOLENT_PATIENT;
        SopProperties properties = new SopProperties(
                Map.of(drunk, List.of("DISPATCH_GUARDS", "CALL_110")),
                Map.of("410100", new SopProperties.Region(Map.of(drunk, List.of("DISPATCH_GUARDS", "PROTECT_STAFF",
                                "CALL_110", "REPORT_LEADERS"))),
                        "410102", new SopProperties.Region(Map.of(drunk, List.of(" PROTECT_STAFF", "DISPATCH_GUARDS ",
                                "CALL_110", "PRESERVE_EVIDENCE", "REPORT_LEADERS")))));
        SopCatalog catalog = new SopCatalog(properties, organizations);

        assertThat(catalog.stepsFor(drunk, IN_ZHONGYUAN)).as("the county's own, most specific")
                .containsExactly("PROTECT_STAFF", "DISPATCH_GUARDS", "CALL_110", "PRESERVE_EVIDENCE", "REPORT_LEADERS");
        assertThat(catalog.stepsFor(drunk, IN_ERQI)).as("the city's")
                .containsExactly("DISPATCH_GUARDS", "PROTECT_STAFF", "CALL_110", "REPORT_LEADERS");
        assertThat(catalog.stepsFor(IncidentType.INSULT, IN_ERQI)).as("types no one configured keep the notices' steps")
                .isEqualTo(SopCatalog.defaults(IncidentType.INSULT));
    }

    @Test
    void aStepSafeWardDoesNotKnowStopsStartUp() {
        SopProperties properties = new SopProperties(Map.of(IncidentType.THREAT, List.of("DISPATCH_GUARDS", "PRAY")),
                null);
        assertThatThrownBy(() -> new SopCatalog(properties, organizations)).hasMessageContaining("PRAY");
    }
}
