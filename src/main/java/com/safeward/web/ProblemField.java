package com.safeward.web;

/** One offending field in a problem detail's {@code errors} list. */
public record ProblemField(String field, String message) {
}
