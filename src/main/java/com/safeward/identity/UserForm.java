package com.safeward.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.safeward.organizations.Role;

/**
 * Create or edit an account. The role says which affiliation field is needed: a hospital for
 * hospital roles, a police station for police, a region for regulators (the data scope).
 */
class UserForm {
    @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{validation.username}")
    public String username;
    @NotBlank @Size(max = 100)
    public String displayName;
    @NotNull
    public Role role;
    public Long hospitalId;
    public Long policeStationId;
    public Long regionId;
    /** Hospital staff: the department or ward whose high-risk warnings they get (WL-2). */
    public Long departmentId;
    /** Required when creating; when editing, a new value resets the password. */
    @Size(max = 128)
    public String password;
    public boolean enabled = true;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role();
        form.hospitalId = account.hospitalId();
        form.policeStationId = account.policeStationId();
        form.regionId = account.regionId();
        form.departmentId = account.departmentId();
        form.enabled = account.enabled();
        return form;
    }
}
