package com.safeward.mediaplans;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** INC-8: the hospital's designated media contact and information release plan. */
class MediaPlanForm {
    @NotBlank @Size(max = 50)
    public String contactName;
    @Size(max = 100)
    public String contactTitle;
    @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "{validation.phone}")
    public String contactPhone;
    /** Who releases what, when and through which channels after a major case. */
    @NotBlank @Size(max = 4000)
    public String plan;
    @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate reviewedOn;
}
