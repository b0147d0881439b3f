package com.safeward;

import java.util.concurrent.atomic.AtomicInteger;

import com.safeward.personaldata.ChineseIdNumber;

/** Valid identities for tests: each resident ID number new, with its check character right. */
public final class TestIdentities {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private TestIdentities() {
    }

    /** A valid resident ID number of 郑州市中原区 for someone born on {@code birth} ({@code yyyyMMdd}). */
    public static String residentId(String birth) {
        String first17 = "410102" + birth + String.format("%03d", SERIAL.incrementAndGet() % 1000);
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }

    /** The text as a Chinese input method writes it in full width (１２３Ｘ): WL-2 input forms. */
    public static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c > 0x20 && c < 0x7f ? c + 0xfee0 : c));
        return out.toString();
    }
}
