package com.safeward.reports;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.HomeCard;
import com.safeward.web.HomeCardView;
import com.safeward.web.HomeFigure;

/** The home's report card (INC-5): reports still to send, with the nearest deadline counting down, and overdue ones. */
@Component
class ReportHomeCard implements HomeCard {

    private final EscalationReports reports;
    private final OrganizationDirectory directory;

    ReportHomeCard(EscalationReports reports, OrganizationDirectory directory) {
        this.reports = reports;
        this.directory = directory;
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
        Page<EscalationReportView> pending = reports.nearestFirst(EscalationReports.State.PENDING, scope);
        long overdue = reports.nearestFirst(EscalationReports.State.OVERDUE, scope).getTotalElements();
        HomeFigure due = HomeFigure.of("home.reports.pending", pending.getTotalElements(), "/reports?state=PENDING");
        return HomeCardView.of("home.card.reports", List.of(
                pending.hasContent() ? due.due(pending.getContent().get(0).dueAt()) : due,
                HomeFigure.urgent("home.reports.overdue", overdue, "/reports?state=OVERDUE")));
    }
}
