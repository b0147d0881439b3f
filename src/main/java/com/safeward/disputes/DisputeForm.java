package com.safeward.disputes;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A medical dispute opened directly or from a complaint: the department and staff concerned, what
 * happened, the claimed amount, risk flags (DSP-9) and the disturbance it is linked to (INC-5).
 */
class DisputeForm {
    @NotNull
    public Long hospitalId;
    public Long complaintId;
    public Long departmentId;
    @Size(max = 200)
    public String staffInvolved;
    @NotBlank @Size(max = 4000)
    public String summary;
    @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    public BigDecimal claimedAmount;
    public boolean threatToStaff;
    public boolean petitionRisk;
    public boolean criminalRisk;
    public Long incidentId;
}
