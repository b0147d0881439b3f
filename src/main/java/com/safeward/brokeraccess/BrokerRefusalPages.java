package com.safeward.brokeraccess;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.web.AccessDeclaredBy;

/** 设备接入拒绝记录: the refusals of {@link BrokerRefusalApi} as a page, linked from the device list. */
@Controller
@AccessDeclaredBy(BrokerAccessRules.class)
class BrokerRefusalPages {

    private final BrokerRefusalQueries queries;
    private final OrganizationDirectory directory;

    BrokerRefusalPages(BrokerRefusalQueries queries, OrganizationDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/devices/refusals")
    @PreAuthorize(BrokerAccessRules.READ)
    String list(@ModelAttribute("filter") BrokerRefusalQueries.RefusalFilter filter,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        DataScope scope = directory.currentScope();
        model.addAttribute("page", queries.list(filter, scope, pageable));
        model.addAttribute("total", queries.total(filter, scope));
        model.addAttribute("days", filter.daysBack());
        model.addAttribute("hospitals", directory.hospitalChoices(scope));
        model.addAttribute("reasons", RefusalReason.values());
        return "devices/refusals";
    }
}
