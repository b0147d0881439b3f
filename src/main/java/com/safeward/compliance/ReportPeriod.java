package com.safeward.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;

/**
 * The month or quarter a compliance report covers (SUP-4), written {@code 2026-11} or {@code 2026-Q4};
 * it ends at midnight after its last day in the display zone.
 */
record ReportPeriod(Kind kind, int year, int number) {

    /** Monthly (月报) or quarterly (季报). */
    enum Kind {
        MONTH, QUARTER
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    static ReportPeriod parse(String text) {
        Matcher month = MONTH.matcher(text == null ? "" : text.strip());
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            return new ReportPeriod(Kind.MONTH, Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        }
        Matcher quarter = QUARTER.matcher(text == null ? "" : text.strip());
        if (quarter.matches()) {
            return new ReportPeriod(Kind.QUARTER, Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        throw new RuleViolation("period", "compliance.report.periodInvalid", text);
    }

    /** The month or quarter before the one {@code day} falls in. */
    static ReportPeriod previous(Kind kind, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        if (kind == Kind.MONTH) {
            YearMonth previous = month.minusMonths(1);
            return new ReportPeriod(Kind.MONTH, previous.getYear(), previous.getMonthValue());
        }
        YearMonth lastOfPrevious = month.minusMonths((month.getMonthValue() - 1) % 3 + 1L);
        return new ReportPeriod(Kind.QUARTER, lastOfPrevious.getYear(), (lastOfPrevious.getMonthValue() - 1) / 3 + 1);
    }

    /** The months of the period, first to last. */
    List<YearMonth> months() {
        return kind == Kind.MONTH ? List.of(YearMonth.of(year, number))
                : IntStream.rangeClosed(1, 3).mapToObj(m -> YearMonth.of(year, (number - 1) * 3 + m)).toList();
    }

    Instant start(ZoneId zone) {
        return months().get(0).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Midnight after the period's last day (exclusive). */
    Instant end(ZoneId zone) {
        return months().get(months().size() - 1).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the period is over at this instant (only then is it archived on schedule). */
    boolean over(Instant now, ZoneId zone) {
        return !now.isBefore(end(zone));
    }

    /** The label's message, e.g. 2026年11月 or 2026年第4季度. */
    Text label() {
        return kind == Kind.MONTH ? Text.of("compliance.report.month", year, number)
                : Text.of("compliance.report.quarter", year, number);
    }

    @Override
    public String toString() {
        return kind == Kind.MONTH ? "%d-%02d".formatted(year, number) : "%d-Q%d".formatted(year, number);
    }
}
