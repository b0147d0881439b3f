package com.safeward.watchlist;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * WL-2: whether two written names can be the same person's name. Names match when they have the
 * same length and, character by character, are the same character or share a Mandarin reading
 * (tones ignored). That covers traditional and simplified forms (張/张, 陳/陈: the same reading)
 * and homophones (王丽/王莉), including characters with several readings (曾: zeng/ceng).
 * Spaces and the middle dots of transcribed names (阿卜杜·热合曼) are ignored, letters compare
 * without case.
 */
final class NameVariants {

    private static final Map<Character, Set<String>> READINGS = new ConcurrentHashMap<>();
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private NameVariants() {
    }

    /** The name as compared: NFKC (full-width to half-width), no spaces or dots, letters in lower case. */
    static String normalize(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && c != '·' && c != '•' && c != '.' && c != '・'
                && c != '‧').forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    /** Same name or a variant of it (traditional/simplified, homophone). */
    static boolean match(String first, String second) {
        String a = normalize(first);
        String b = normalize(second);
        if (a.isEmpty() || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && !shareReading(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** The most interpuncts a transcribed name has (阿卜杜·热合曼·买买提: two). */
    private static final int MOST_SEPARATORS = 3;

    /**
     * Whether a listed name, of which only its mask is at hand (张*丰: its first and last character
     * and its length), can be the screened name or a variant of it: a cheap test that spares
     * decrypting most candidates. A mask hides the interpuncts of a transcribed name (阿卜杜·热合曼
     * and 阿卜杜热合曼 are one name), so the listed name may be longer than the screened one by a few
     * characters, never shorter. A screened name with spaces or dots is never ruled out here.
     */
    static boolean couldMatch(String listedMask, String screened) {
        if (hasSeparators(screened) || hasSeparators(listedMask)) {
            return true;
        }
        String name = normalize(screened);
        int extra = listedMask.length() - name.length();
        if (name.isEmpty() || extra < 0 || extra > MOST_SEPARATORS
                || !sameOrShared(listedMask.charAt(0), name.charAt(0))) {
            return false;
        }
        return listedMask.length() < 3 || sameOrShared(listedMask.charAt(listedMask.length() - 1),
                name.charAt(name.length() - 1));
    }

    private static boolean sameOrShared(char x, char y) {
        return x == '*' || Character.toLowerCase(x) == Character.toLowerCase(y) || shareReading(x, y);
    }

    private static boolean hasSeparators(String name) {
        // A plain loop: this runs for every candidate of every screening (the separators are all in the BMP).
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '·' || c == '•' || c == '.' || c == '・' || c == '‧') {
                return true;
            }
        }
        return false;
    }

    private static boolean shareReading(char x, char y) {
        Set<String> first = readings(x);
        if (first.isEmpty()) {
            return false;
        }
        for (String reading : readings(y)) {
            if (first.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> readings(char c) {
        return READINGS.computeIfAbsent(c, NameVariants::lookUp);
    }

    private static Set<String> lookUp(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null ? Set.of() : Set.of(java.util.Arrays.stream(readings).distinct().toArray(String[]::new));
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
