package com.safeward.texts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Instants are stored in UTC and shown in the configured zone (Asia/Shanghai): {@code ${@times.format(x)}}. */
@Component("times")
public class DisplayTimes {

    private final DateTimeFormatter format;
    private final ZoneId zone;
    private final Clock clock;

    DisplayTimes(@Value("${safeward.display-zone}") ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }

    public ZoneId zone() {
        return zone;
    }

    /** When a day of the display zone begins: a list's "from" and "to" days as instants. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The last second of a day of the display zone: a deadline given as a date. */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1)).minusSeconds(1);
    }

    /** Today's date where the users are (a form's default date), from the application clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
