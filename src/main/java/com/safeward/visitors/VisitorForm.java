package com.safeward.visitors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.safeward.personaldata.DocumentType;

/** WL-2 (N-4.1): a ward visitor registered by real name, with the patient visited. */
class VisitorForm {
    @NotNull
    public Long departmentId;
    @NotBlank @Size(max = 50)
    public String visitorName;
    @NotNull
    public DocumentType documentType = DocumentType.RESIDENT_ID;
    @NotBlank @Size(max = 40)
    public String documentNumber;
    @Size(max = 20)
    public String phone;
    @NotBlank @Size(max = 50)
    public String patientName;
    @Size(max = 32)
    public String bed;
}
