package com.safeward.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.reports.EscalationReports.Filter;
import com.safeward.texts.DisplayTimes;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;

/**
 * The home's report card (INC-5): reports still to send, with the nearest deadline counting down,
 * and overdue ones; for leaders the month's reports and those sent in time; for regulators the
 * hospitals with overdue reports.
 */
@Component
class ReportHomeCard implements HomeCard {

    private static final int HOSPITALS_SHOWN = 8;

    private final EscalationReports reports;
    private final OrganizationDirectory directory;
    private final DisplayTimes times;

    ReportHomeCard(EscalationReports reports, OrganizationDirectory directory, DisplayTimes times) {
        this.reports = reports;
        this.directory = directory;
        this.times = times;
    }

    @Override
    public String access() {
        return ReportAccess.HOME;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public HomeCardView show() {
        DataScope scope = directory.currentScope();
        Role role = OrganizationDirectory.currentActor().orElseThrow().role();
        Page<EscalationReportView> pending = reports.nearestFirst(Filter.of(EscalationReports.State.PENDING), scope);
        long overdue = reports.count(Filter.of(EscalationReports.State.OVERDUE), scope);
        HomeFigure due = HomeFigure.of("home.reports.pending", pending.getTotalElements(), "/reports?state=PENDING");
        List<HomeFigure> figures = new ArrayList<>(List.of(
                pending.hasContent() ? due.due(pending.getContent().get(0).dueAt()) : due,
                HomeFigure.urgent("home.reports.overdue", overdue, "/reports?state=OVERDUE")));
        if (role == Role.HOSPITAL_LEADER) { // the month: reports due since the first, and those sent in time
            LocalDate first = times.today().withDayOfMonth(1);
            Instant since = times.startOf(first);
            figures.add(HomeFigure.of("home.reports.dueThisMonth", reports.count(
                    new Filter(EscalationReports.State.ALL, null, since), scope), "/reports?state=ALL&from=" + first));
            figures.add(HomeFigure.of("home.reports.onTimeThisMonth", reports.count(
                    new Filter(EscalationReports.State.ON_TIME, null, since), scope),
                    "/reports?state=ON_TIME&from=" + first));
        }
        if (role == Role.REGULATOR || role == Role.POLITICAL_LEGAL_COMMITTEE) { // which hospitals are late
            figures.addAll(HomeFigure.byHospital(reports.countByHospital(Filter.of(EscalationReports.State.OVERDUE),
                    scope), HOSPITALS_SHOWN, h -> directory.hospitalLabel(h).orElse("#" + h),
                    h -> "/reports?state=OVERDUE&hospitalId=" + h));
        }
        return HomeCardView.of("home.card.reports", figures);
    }
}
