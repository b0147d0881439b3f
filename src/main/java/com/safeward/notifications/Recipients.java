package com.safeward.notifications;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.safeward.identity.AccountDirectory;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;

/** Who holds a role where: the people a notice goes to, asked of the identity and organizations modules. */
@Component
class Recipients {

    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    Recipients(AccountDirectory accounts, OrganizationDirectory organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    /** The hospital's people holding any of the roles. */
    List<String> at(long hospitalId, Role... roles) {
        return accounts.usernames(hospitalId, EnumSet.of(roles[0], roles));
    }

    /** The people of one department or ward holding any of the roles (WL-2, WL-6: the ward's staff). */
    List<String> inDepartment(long hospitalId, Long departmentId, Role... roles) {
        return departmentId == null ? List.of()
                : accounts.usernamesInDepartment(hospitalId, departmentId, EnumSet.of(roles[0], roles));
    }

    /** The people of the hospital's region and every region above it (county, city, province) holding the roles. */
    List<String> aboveHospital(long hospitalId, Role... roles) {
        return accounts.usernamesInRegions(organizations.regionIdsOf(hospitalId), EnumSet.of(roles[0], roles));
    }

    /** The people of one level of the hospital's region chain (0: province, 1: city, last: county); none beyond it. */
    List<String> atLevel(long hospitalId, int level, Role... roles) {
        List<Long> chain = organizations.regionIdsOf(hospitalId);
        int index = level < 0 ? chain.size() + level : level;
        if (index < 0 || index >= chain.size()) {
            return List.of();
        }
        return accounts.usernamesInRegions(List.of(chain.get(index)), EnumSet.of(roles[0], roles));
    }

    /** Several lists as one, each person once. */
    static List<String> together(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all.stream().distinct().toList();
    }
}
