package com.safeward.identity;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.organizations.Role;

/** The identity module's API for other modules: who holds which role where. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Usernames of the enabled accounts attached to any of the regions and holding any of the roles. */
    public List<String> usernamesInRegions(List<Long> regionIds, Set<Role> roles) {
        if (regionIds.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select username from users where region_id in (:regions) and enabled = true "
                + "and role in (:roles) order by username")
                .param("regions", regionIds).param("roles", roles.stream().map(Enum::name).toList())
                .query(String.class).list();
    }

    /** Usernames of the enabled accounts of a hospital holding any of the roles. */
    public List<String> usernames(long hospitalId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select username from users where hospital_id = :hospital and enabled = true "
                + "and role in (:roles) order by username")
                .param("hospital", hospitalId).param("roles", roles.stream().map(Enum::name).toList())
                .query(String.class).list();
    }

    /** Enabled accounts of the roles in one department or ward of the hospital (WL-2 warnings). */
    public List<String> usernamesInDepartment(long hospitalId, long departmentId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select username from users where hospital_id = :hospital and department_id = :department "
                + "and enabled = true and role in (:roles) order by username")
                .param("hospital", hospitalId).param("department", departmentId)
                .param("roles", roles.stream().map(Enum::name).toList()).query(String.class).list();
    }

    /** Usernames of the enabled accounts of a police station holding any of the roles. */
    public List<String> usernamesAtStation(long stationId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select username from users where police_station_id = :station and enabled = true "
                + "and role in (:roles) order by username")
                .param("station", stationId).param("roles", roles.stream().map(Enum::name).toList())
                .query(String.class).list();
    }
}
