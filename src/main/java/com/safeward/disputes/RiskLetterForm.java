package com.safeward.disputes;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A risk prompt letter: to which hospital, from whom (a regulator's own region by default), what, closed by when. */
class RiskLetterForm {
    @NotNull
    public Long hospitalId;
    /** The issuing authority as the letter names it; a regulator's own region when left empty. */
    @Size(max = 100)
    public String authority;
    /** 文号 */
    @Size(max = 60)
    public String reference;
    @NotBlank @Size(max = 200)
    public String title;
    @NotBlank @Size(max = 4000)
    public String content;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate dueDate;
    /** The medical dispute of the hospital the letter is about, if it is about one. */
    public Long disputeId;
}
