package com.safeward.calendar;

import java.time.LocalDate;

/** A date the calendar lists: a public holiday ({@code working} false) or a weekend day worked instead (true). */
public record CalendarDay(LocalDate date, boolean working, String name) {
}
