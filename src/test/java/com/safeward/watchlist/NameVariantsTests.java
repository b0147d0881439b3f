package com.safeward.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WL-2: which written names can be the same person's. */
class NameVariantsTests {

    @Test
    void traditionalAndSimplifiedFormsMatch() {
        assertThat(NameVariants.match("張偉", "张伟")).isTrue();
        assertThat(NameVariants.match("陳麗華", "陈丽华")).isTrue();
    }

    @Test
    void homophonesMatchIncludingCharactersWithSeveralReadings() {
        assertThat(NameVariants.match("王丽", "王莉")).isTrue();
        assertThat(NameVariants.match("曾志强", "曾志強")).isTrue();
        assertThat(NameVariants.match("曾明", "层明")).as("曾 also reads ceng").isTrue();
    }

    @Test
    void transcribedNamesIgnoreDotsSpacesAndCase() {
        assertThat(NameVariants.match("阿卜杜·热合曼", "阿卜杜热合曼")).isTrue();
        assertThat(NameVariants.match("John Smith", "JOHN  SMITH")).isTrue();
    }

    @Test
    void differentNamesDoNotMatch() {
        assertThat(NameVariants.match("张伟", "张伟伟")).isFalse();
        assertThat(NameVariants.match("张伟", "李伟")).isFalse();
        assertThat(NameVariants.match("王丽", "王强")).isFalse();
        assertThat(NameVariants.match("", "")).isFalse();
    }

    /** The mask (first and last character, length) rules out most names without decrypting them. */
    @Test
    void aMaskRulesOutOnlyNamesThatCannotMatch() {
        assertThat(NameVariants.couldMatch("張*", "张伟")).isTrue();
        assertThat(NameVariants.couldMatch("陳*華", "陈丽华")).isTrue();
        assertThat(NameVariants.couldMatch("王*", "王莉")).isTrue();
        assertThat(NameVariants.couldMatch("李*", "张伟")).isFalse();
        assertThat(NameVariants.couldMatch("张*丰", "张伟")).isFalse();
        assertThat(NameVariants.couldMatch("张*伟", "张伟")).as("张·伟: the mask hides the interpunct").isTrue();
        assertThat(NameVariants.couldMatch("张*", "张三丰")).as("a listed name is never shorter").isFalse();
        // a transcribed name's mask does not line up with the compared form: decided on the full name
        assertThat(NameVariants.couldMatch("阿****曼", "阿卜杜·热合曼")).isTrue();
    }
}
