package com.safeward.personaldata;

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

    String normalize(String value) {
        String trimmed = value.trim();
        return switch (this) {
            case NAME -> trimmed.replaceAll("\\s+", " ");
            case ID_NUMBER -> trimmed.toUpperCase().replace(" ", "");
            case PHONE -> trimmed.replaceAll("[\\s-]", "");
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
