package com.safeward.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** One date of the calendar: a holiday (working false) or an adjusted working day (true), with its name (春节, 国庆节调休上班). */
class DayForm {
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate date;
    public boolean working;
    @NotBlank @Size(max = 50)
    public String name;
}
