package com.safeward.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Instants are stored in UTC and shown in the configured zone (Asia/Shanghai): {@code ${@times.format(x)}}. */
@Component("times")
public class DisplayTimes {

    private final DateTimeFormatter format;
    private final ZoneId zone;

    DisplayTimes(@Value("${safeward.display-zone}") ZoneId zone) {
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }

    public ZoneId zone() {
        return zone;
    }
}
