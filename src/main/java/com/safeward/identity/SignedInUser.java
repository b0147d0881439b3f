package com.safeward.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import com.safeward.organizations.Actor;
import com.safeward.organizations.Role;

/** The principal of a signed-in person (session or bearer token). */
public final class SignedInUser implements UserDetails, CredentialsContainer, Actor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long hospitalId;
    private final Long policeStationId;
    private final Long regionId;
    private final Long departmentId;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    SignedInUser(UserAccount account, boolean locked) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.hospitalId = account.hospitalId();
        this.policeStationId = account.policeStationId();
        this.regionId = account.regionId();
        this.departmentId = account.departmentId();
        this.enabled = account.enabled();
        this.locked = locked;
        this.passwordHash = account.passwordHash();
    }

    public long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** For templates: {@code ${currentUser.displayName}}. */
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Role role() {
        return role;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public Long hospitalId() {
        return hospitalId;
    }

    @Override
    public Long policeStationId() {
        return policeStationId;
    }

    @Override
    public Long regionId() {
        return regionId;
    }

    @Override
    public Long departmentId() {
        return departmentId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
