package com.safeward.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.safeward.audit.AuditTrail;
import com.safeward.care.CrisisFound;
import com.safeward.identity.AccountDirectory;
import com.safeward.incidents.IncidentReported;
import com.safeward.incidents.IncidentType;
import com.safeward.incidents.SopStepSkipped;
import com.safeward.organizations.AreaType;
import com.safeward.organizations.AreaView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;

/**
 * The notifications module on its own (other modules are only their events and mocked directories):
 * it decides who is told about a domain event and with which text, after the publishing transaction
 * commits. No other module builds notification texts or looks up recipients. Personal data is the
 * real module, not a mock: in the integration profile this context's scheduler shares the database
 * and may run another test's channel delivery, which must be signed with the real secret.
 */
@ApplicationModuleTest(extraIncludes = "personaldata")
class NotificationsModuleTests {

    private static final long HOSPITAL = 9001;
    private static final long AREA = 9002;

    @MockitoBean AccountDirectory accounts;
    @MockitoBean OrganizationDirectory organizations;
    @MockitoBean AuditTrail audit;

    @Autowired NotificationCenter center;

    @BeforeEach
    void directories() {
        // the scenario polls on another thread: Chinese there too
        LocaleContextHolder.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        when(organizations.area(HOSPITAL, AREA)).thenReturn(Optional.of(new AreaView(AREA, HOSPITAL, "H9", "测试医院",
                null, null, "门诊楼", "1F", "候诊区", AreaType.WAITING, false, null, 0, Instant.EPOCH, Instant.EPOCH)));
        when(organizations.regionIdsOf(anyLong())).thenReturn(List.of());
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.setDefaultLocale(null);
    }

    @Test
    void anIncidentReportedTellsTheHospitalsSecurityAndMonitoringCenter(Scenario scenario) {
        String security = "sec" + System.nanoTime();
        String operator = "op" + System.nanoTime();
        when(accounts.usernames(HOSPITAL, Set.of(Role.SECURITY_OFFICER, Role.MONITORING_OPERATOR)))
                .thenReturn(List.of(security, operator));
        long incident = System.nanoTime() % 1_000_000;

        scenario.publish(new IncidentReported(incident, HOSPITAL, AREA, IncidentType.VIOLENCE, "doctor", null))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> center.of(operator, PageRequest.of(0, 10)).getContent(), list -> !list.isEmpty())
                .andVerify(notifications -> assertThat(notifications).singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo("INCIDENT_REPORTED");
                    assertThat(n.title()).isEqualTo("新警情：暴力伤医");
                    assertThat(n.body()).contains("门诊楼 1F 候诊区");
                    assertThat(n.link()).isEqualTo("/incidents/" + incident);
                }));
        assertThat(center.of(security, PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void aSkippedSopStepIsTheSecurityDepartmentsBusinessOnly(Scenario scenario) {
        String security = "sec" + System.nanoTime();
        when(accounts.usernames(HOSPITAL, Set.of(Role.SECURITY_OFFICER))).thenReturn(List.of(security));
        long incident = System.nanoTime() % 1_000_000;

        scenario.publish(new SopStepSkipped(incident, HOSPITAL, "PROTECT_STAFF", "医生已自行脱离", "operator"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> center.of(security, PageRequest.of(0, 10)).getContent(), list -> !list.isEmpty())
                .andVerify(notifications -> assertThat(notifications).singleElement().satisfies(n -> {
                    assertThat(n.title()).isEqualTo("处置步骤被跳过：保护医务人员");
                    assertThat(n.body()).contains("医生已自行脱离");
                }));
    }

    @Test
    void aPsychologicalCrisisReachesTheWardAndTheSecurityDepartment(Scenario scenario) {
        String doctor = "doc" + System.nanoTime();
        String security = "sec" + System.nanoTime();
        when(accounts.usernamesInDepartment(eq(HOSPITAL), eq(77L), any())).thenReturn(List.of(doctor));
        when(accounts.usernames(eq(HOSPITAL), any())).thenReturn(List.of(security));

        scenario.publish(new CrisisFound(5, 6, HOSPITAL, 77L, "李*住", "12"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> center.of(doctor, PageRequest.of(0, 10)).getContent(), list -> !list.isEmpty())
                .andVerify(notifications -> assertThat(notifications).singleElement()
                        .satisfies(n -> assertThat(n.kind()).isEqualTo("PSYCH_CRISIS")));
        assertThat(center.of(security, PageRequest.of(0, 10)).getContent()).isNotEmpty();
    }
}
