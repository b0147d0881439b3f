package com.safeward.identity;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.safeward.organizations.Actor;
import com.safeward.organizations.Role;

/** The principal of a request made with an integration token: one hospital, a few permissions. */
public record IntegrationPrincipal(long tokenId, String name, long hospital, Set<Permission> permissions)
        implements Actor {

    @Override
    public String username() {
        return "integration:" + name;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public Role role() {
        return Role.INTEGRATION;
    }

    @Override
    public Long hospitalId() {
        return hospital;
    }

    @Override
    public Long policeStationId() {
        return null;
    }

    @Override
    public Long regionId() {
        return null;
    }

    @Override
    public String toString() {
        return username();
    }

    Collection<GrantedAuthority> authorities() {
        return Stream.concat(Stream.of(Role.INTEGRATION.authority()), permissions.stream().map(Permission::authority))
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }
}
