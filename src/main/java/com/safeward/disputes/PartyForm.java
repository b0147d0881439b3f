package com.safeward.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.safeward.personaldata.DocumentType;

/** A party of the patient side: the patient or a representative; identity sealed at rest. */
class PartyForm {
    @NotNull
    public PartyRole role;
    @NotBlank @Size(max = 50)
    public String name;
    @Size(max = 20)
    public String phone;
    public DocumentType documentType;
    @Size(max = 30)
    public String documentNumber;
    /** 与患者关系 */
    @Size(max = 50)
    public String relation;
}
