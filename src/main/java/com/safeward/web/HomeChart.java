package com.safeward.web;

import java.util.List;

/**
 * A small bar chart on a home card (drawn with ECharts; the table of its values stays for screen
 * readers and printing). Labels are message keys.
 */
public record HomeChart(String titleKey, List<String> labelKeys, List<Long> values) {
}
