package com.safeward.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeChart;
import com.safeward.web.HomeFigure;

/**
 * The home's incident cards, each counted with the incident list's own query: open incidents by
 * stage for the handlers and the police; the report buttons and one's own open reports for the
 * wards; the month by type for the leaders; open incidents by hospital for regulators.
 */
@Configuration
class IncidentHomeCards {

    private static final int HOSPITALS_SHOWN = 8;

    private final IncidentQueries queries;
    private final CaseTracking cases;
    private final OrganizationDirectory directory;
    private final DisplayTimes times;

    IncidentHomeCards(IncidentQueries queries, CaseTracking cases, OrganizationDirectory directory, DisplayTimes times) {
        this.queries = queries;
        this.cases = cases;
        this.directory = directory;
        this.times = times;
    }

    /** INC-4: every open stage with its count, and (security) open incidents with a skipped SOP step. */
    @Bean
    HomeCard incidentsByStage() {
        return HomeCard.of(IncidentAccess.HOME_HANDLING, 20, () -> {
            Actor actor = actor();
            DataScope scope = directory.currentScope();
            IncidentFilter open = IncidentFilter.openIncidents();
            Map<String, Long> byStatus = queries.countBy("status", open, actor, scope);
            List<HomeFigure> figures = new ArrayList<>();
            figures.add(HomeFigure.of("home.incidents.open", byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    "/incidents"));
            Arrays.stream(IncidentStatus.values()).filter(s -> byStatus.containsKey(s.name())).forEach(s ->
                    figures.add(new HomeFigure("IncidentStatus." + s, List.of(), byStatus.get(s.name()),
                            "/incidents?status=" + s, s == IncidentStatus.REPORTED, null)));
            if (actor.role() == Role.SECURITY_OFFICER) {
                IncidentFilter skipped = new IncidentFilter(true, null, null, null, null, null, true);
                figures.add(HomeFigure.urgent("home.incidents.skipped", queries.count(skipped, actor, scope),
                        "/incidents?skipped=true"));
            }
            return HomeCardView.of("home.card.incidents", figures);
        });
    }

    /** INC-2, WL-4: the two ways to report, first; then the open incidents the user's list shows (ward staff: their own). */
    @Bean
    HomeCard reportButtons() {
        return HomeCard.of(IncidentAccess.HOME_REPORTING, 5, () -> HomeCardView.of("home.card.report", List.of(
                HomeFigure.of(IncidentAccess.seesOwnReportsOnly(actor()) ? "home.incidents.mineOpen" : "home.incidents.open",
                        queries.count(IncidentFilter.openIncidents(), actor(), directory.currentScope()), "/incidents")))
                .withActions(new HomeCardView.HomeAction("nav.concern", "/concern"),
                        new HomeCardView.HomeAction("nav.reportIncident", "/incidents/new")));
    }

    /** The month in figures: incidents since the first of the month, by type. */
    @Bean
    HomeCard monthByType() {
        return HomeCard.of(IncidentAccess.HOME_MONTH, 15, () -> {
            LocalDate first = times.today().withDayOfMonth(1);
            IncidentFilter month = new IncidentFilter(false, null, null, null, first, null, null);
            Map<String, Long> byType = queries.countBy("incident_type", month, actor(), directory.currentScope());
            long total = byType.values().stream().mapToLong(Long::longValue).sum();
            List<HomeFigure> figures = new ArrayList<>();
            figures.add(HomeFigure.of("home.incidents.month", total, "/incidents?open=false&from=" + first));
            byType.forEach((type, n) -> figures.add(HomeFigure.of("IncidentType." + type, n,
                    "/incidents?open=false&from=" + first + "&type=" + type)));
            return HomeCardView.of("home.card.month", figures).withChart(new HomeChart("home.chart.byType",
                    byType.keySet().stream().map(t -> "IncidentType." + t).toList(), List.copyOf(byType.values())));
        });
    }

    /** Regulators: the hospitals with the most open incidents, each linking to its list. */
    @Bean
    HomeCard openByHospital() {
        return HomeCard.of(IncidentAccess.HOME_BY_HOSPITAL, 20, () -> {
            Map<String, Long> byHospital = queries.countBy("hospital_id", IncidentFilter.openIncidents(), actor(),
                    directory.currentScope());
            List<HomeFigure> figures = new ArrayList<>();
            figures.add(HomeFigure.of("home.incidents.open", byHospital.values().stream().mapToLong(Long::longValue)
                    .sum(), "/incidents"));
            figures.addAll(HomeFigure.byHospital(byHospital, HOSPITALS_SHOWN, this::hospitalName,
                    hospital -> "/incidents?hospitalId=" + hospital));
            return HomeCardView.of("home.card.incidentsByHospital", figures);
        });
    }

    /** INC-7, INC-8: cases awaiting the police's outcome, and those under supervision (挂牌督办). */
    @Bean
    HomeCard trackedCases() {
        return HomeCard.of(IncidentAccess.HOME_CASES, 35, () -> {
            DataScope scope = directory.currentScope();
            List<HomeFigure> figures = new ArrayList<>(List.of(
                    HomeFigure.of("home.cases.open", cases.count(true, false, scope), "/cases"),
                    HomeFigure.urgent("home.cases.supervised", cases.count(true, true, scope),
                            "/cases?supervised=true")));
            if (directory.hospitalChoices(scope).size() > 1) { // a region's: which hospitals have them
                figures.addAll(HomeFigure.byHospital(cases.countByHospital(true, true, scope), HOSPITALS_SHOWN,
                        this::hospitalName, hospital -> "/cases?supervised=true&hospitalId=" + hospital));
            }
            return HomeCardView.of("home.card.cases", figures);
        });
    }

    private String hospitalName(long hospital) {
        return directory.hospitalLabel(hospital).orElse("#" + hospital);
    }

    private static Actor actor() {
        return OrganizationDirectory.currentActor().orElseThrow();
    }
}
