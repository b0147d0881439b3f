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
}
