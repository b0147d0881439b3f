package com.safeward.personaldata;

import java.text.Normalizer;
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
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");
    /** A Chinese mobile number after the country code: +86, 0086 or 86 and 11 digits starting with 1. */
    private static final Pattern CHINA_PREFIX = Pattern.compile("^(?:\\+86|0086|86)(?=1\\d{10}$)");
    private static final Pattern LEGACY_RESIDENT_ID = Pattern.compile("\\d{15}");

    /**
     * The canonical form a value is hashed and masked in, whatever a hospital information system
     * sent (WL-2; the README lists the rules): full-width digits, letters and punctuation become
     * their ASCII forms (NFKC) and surrounding white space goes; a name's inner white space is one
     * space; a document number loses all white space and is upper case ({@code x} check character),
     * and a legacy 15-digit resident ID number becomes its 18-digit form; a phone number loses
     * spaces, dashes, dots and brackets, and a Chinese mobile number its +86, 0086 or 86.
     * Canonical values are unchanged, so hashes stored before these rules still match.
     */
    String normalize(String value) {
        String folded = fold(value);
        return switch (this) {
            case NAME -> WHITESPACE_RUNS.matcher(folded).replaceAll(" ");
            case ID_NUMBER -> residentId18(WHITESPACE.matcher(folded).replaceAll("").toUpperCase(Locale.ROOT));
            case PHONE -> CHINA_PREFIX.matcher(PHONE_SEPARATORS.matcher(folded).replaceAll("")).replaceFirst("");
            case BIRTH_DATE -> folded;
        };
    }

    /** NFKC (only where a character needs it: most input is ASCII or plain Chinese), trimmed. */
    private static String fold(String value) {
        String folded = Normalizer.isNormalized(value, Normalizer.Form.NFKC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFKC);
        return folded.strip();
    }

    /**
     * GB 11643-1989's 15 digits (a two-digit year of the 1900s, no check character) as
     * GB 11643-1999 writes the same person: "19" inserted before the year, the check character added.
     */
    private static String residentId18(String number) {
        if (!LEGACY_RESIDENT_ID.matcher(number).matches()) {
            return number;
        }
        String first17 = number.substring(0, 6) + "19" + number.substring(6);
        return first17 + ChineseIdNumber.checkCharacter(first17);
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
