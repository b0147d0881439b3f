package com.safeward.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.safeward.personaldata.DocumentType;

/** A person involved in an incident, registered with their identity (N-1.2, N-2.1, INC-9). */
class PersonForm {
    @NotNull
    public IncidentPersonRole role = IncidentPersonRole.GATHERED;
    @NotBlank @Size(max = 50)
    public String name;
    @NotNull
    public DocumentType documentType = DocumentType.RESIDENT_ID;
    @NotBlank @Size(max = 30)
    public String documentNumber;
    @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{validation.phone}")
    public String phone;
    /** 工作单位 (INC-9: the employer is notified of an offender). */
    @Size(max = 200)
    public String employer;
    @Size(max = 500)
    public String note;
}
