package com.safeward.web;

import java.time.Instant;
import java.util.List;

/**
 * One count on a home card, linking to the list it counts (the list's total is this count).
 *
 * @param labelKey  message key of the label ({@code {0}} … filled from {@code labelArgs})
 * @param labelArgs arguments of the label (a hospital's name), usually none
 * @param count     how many
 * @param link      the filtered list
 * @param urgent    shown in red while the count is above zero (overdue, unacknowledged)
 * @param deadline  the nearest deadline among the counted records, shown as a countdown, or {@code null}
 */
public record HomeFigure(String labelKey, List<Object> labelArgs, long count, String link, boolean urgent,
        Instant deadline) {

    public static HomeFigure of(String labelKey, long count, String link) {
        return new HomeFigure(labelKey, List.of(), count, link, false, null);
    }

    public static HomeFigure urgent(String labelKey, long count, String link) {
        return new HomeFigure(labelKey, List.of(), count, link, true, null);
    }

    public HomeFigure due(Instant nearest) {
        return new HomeFigure(labelKey, labelArgs, count, link, urgent, nearest);
    }

    public HomeFigure withArgs(Object... args) {
        return new HomeFigure(labelKey, List.of(args), count, link, urgent, deadline);
    }

    /**
     * Regulators' figures of one count by hospital, largest first (as {@code PagedQuery.countBy}
     * answers them, keyed by hospital id): each labelled with the hospital's name and linking to
     * the list of that hospital.
     */
    public static List<HomeFigure> byHospital(java.util.Map<String, Long> counts, int limit,
            java.util.function.LongFunction<String> name, java.util.function.LongFunction<String> link) {
        return counts.entrySet().stream().limit(limit).map(e -> {
            long hospital = Long.parseLong(e.getKey());
            return new HomeFigure("home.figure.hospital", List.of(name.apply(hospital)), e.getValue(),
                    link.apply(hospital), false, null);
        }).toList();
    }
}
