package com.safeward.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user changing their own password. */
public class PasswordChange {
    @NotBlank
    public String currentPassword;
    @NotBlank @Size(max = 128)
    public String newPassword;
    @NotBlank
    public String confirmPassword;
}
