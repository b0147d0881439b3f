package com.safeward.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character (ISO 7064 MOD 11-2), with a
 * valid birth date in positions 7–14.
 */
public final class ChineseIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ChineseIdNumber() {
    }

    /** Why the number is not valid ("length", "characters", "birthDate", "checksum"), or empty when it is. */
    public static Optional<String> problem(String number, LocalDate today) {
        if (number == null || number.length() != 18) {
            return Optional.of("length");
        }
        String id = number.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return Optional.of("characters");
            }
        }
        if (!Character.isDigit(id.charAt(17)) && id.charAt(17) != 'X') {
            return Optional.of("characters");
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.isAfter(today) || birth.getYear() < 1880) {
                return Optional.of("birthDate");
            }
        } catch (DateTimeException invalid) {
            return Optional.of("birthDate");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11] == id.charAt(17) ? Optional.empty() : Optional.of("checksum");
    }

    /** The check character for 17 digits (for tests and data generators). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
