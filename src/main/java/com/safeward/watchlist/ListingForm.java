package com.safeward.watchlist;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.safeward.personaldata.DocumentType;

/** WL-1: a proposed listing. The birth date is read from a resident ID number when not given. */
class ListingForm {
    public Long hospitalId;
    @NotNull
    public DocumentType documentType = DocumentType.RESIDENT_ID;
    @NotBlank @Size(max = 40)
    public String documentNumber;
    @NotBlank @Size(max = 50)
    public String name;
    /** M or F, when known. */
    @Size(max = 1)
    public String sex;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate birthDate;
    @Size(max = 20)
    public String phone;
    @NotNull
    public RiskCategory category;
    @NotBlank @Size(max = 2000)
    public String reasons;
    /** Links to incidents, disputes, files: one per line. */
    @Size(max = 2000)
    public String evidence;
    public Long incidentId;
    @NotNull
    public RiskLevel riskLevel = RiskLevel.MEDIUM;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate validUntil;
    /** Family group: the listing this person is related to, and how (父亲, 配偶 …). */
    public Long relatedTo;
    @Size(max = 40)
    public String relation;
}
