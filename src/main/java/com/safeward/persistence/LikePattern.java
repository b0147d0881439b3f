package com.safeward.persistence;

/** Search boxes match anywhere in a text; the user's own % and _ are taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** A LIKE pattern (escape character backslash, the default of H2 and PostgreSQL). */
    public static String containing(String text) {
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
