package com.safeward.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A complaint received by a member of staff (DSP-1): how it came, who complains (may stay
 * anonymous; sealed at rest), about which department, what, and whether several departments are
 * involved (the longer deadline).
 */
class ComplaintForm {
    @NotNull
    public Long hospitalId;
    @NotNull
    public ComplaintChannel channel;
    @Size(max = 50)
    public String complainant;
    @Size(max = 20)
    public String phone;
    public Long departmentId;
    @NotBlank @Size(max = 200)
    public String subject;
    @NotBlank @Size(max = 4000)
    public String content;
    public boolean severalDepartments;
}
