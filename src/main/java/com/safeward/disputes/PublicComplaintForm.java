package com.safeward.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A complaint a patient files on the hospital's public page (DSP-1, no login). {@code website} is
 * a field people never see (a script fills it); {@code ticket} is what the page handed out when it
 * was shown (a form sent back too fast, or without one, is a script's).
 */
class PublicComplaintForm {
    @NotBlank @Size(max = 50)
    public String complainant;
    @NotBlank @Size(max = 20)
    public String phone;
    public Long departmentId;
    @NotBlank @Size(max = 200)
    public String subject;
    @NotBlank @Size(min = 10, max = 4000)
    public String content;
    @Size(max = 200)
    public String website;
    @NotNull
    public String ticket;
}
