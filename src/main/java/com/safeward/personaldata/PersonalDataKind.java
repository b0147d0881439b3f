package com.safeward.personaldata;

import java.util.Locale;
import java.util.regex.Pattern;

/** Kinds of personal values, each normalized and masked its own way. */
public enum PersonalDataKind {
    /** 姓名: 张*, 张*丰 */
    NAME,
    /** 证件号码: 410***********1234 */
    ID_NUMBER,
    /** 手机号码: 138****5678 */
    PHONE,
    /** 出生日期 (ISO, 1985-03-07): ****-**-** */
    BIRTH_DATE;

    // Compiled once: every screening normalizes four values (WL-2 throughput).
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s-]");

    String normalize(String value) {
        String trimmed = value.trim();
        return switch (this) {
            case NAME -> WHITESPACE_RUNS.matcher(trimmed).replaceAll(" ");
            case ID_NUMBER -> trimmed.toUpperCase(Locale.ROOT).replace(" ", "");
            case PHONE -> PHONE_SEPARATORS.matcher(trimmed).replaceAll("");
            case BIRTH_DATE -> trimmed;
        };
    }

    String mask(String normalized) {
        return switch (this) {
            case NAME -> normalized.length() <= 1 ? "*"
                    : normalized.length() == 2 ? normalized.charAt(0) + "*"
                    : normalized.charAt(0) + "*".repeat(normalized.length() - 2) + normalized.charAt(normalized.length() - 1);
            case ID_NUMBER -> normalized.length() <= 7 ? "*".repeat(normalized.length())
                    : normalized.substring(0, 3) + "*".repeat(normalized.length() - 7) + normalized.substring(normalized.length() - 4);
            case PHONE -> normalized.length() <= 7 ? "*".repeat(normalized.length())
                    : normalized.substring(0, 3) + "*".repeat(normalized.length() - 7) + normalized.substring(normalized.length() - 4);
            case BIRTH_DATE -> "****-**-**";
        };
    }
}
