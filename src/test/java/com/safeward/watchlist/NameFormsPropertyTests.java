package com.safeward.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;

/**
 * WL-2: a listed name written with any interpunct of transcribed minority names (·, •, ．, ・) or
 * none, with spaces or in full width, is still the listed name: the screening's cheap pre-filter
 * keeps it and the comparison in memory matches it.
 */
class NameFormsPropertyTests {

    private static final String SYLLABLES = "阿卜杜热合曼买买提艾力努尔古丽米娜瓦尔江帕提麦尔丹";

    @Property(tries = 500)
    void everyFormOfATranscribedNameIsTheListedName(@ForAll("parts") String given, @ForAll("parts") String family,
            @ForAll("interpuncts") String listedDot, @ForAll("interpuncts") String writtenDot,
            @ForAll("padding") String padding) {
        String listed = given + listedDot + family;
        String written = padding + given + writtenDot + family + padding;
        assertThat(NameVariants.couldMatch(PersonalData.mask(PersonalDataKind.NAME, listed), written))
                .as("%s as %s", listed, written).isTrue();
        assertThat(NameVariants.match(listed, written)).as("%s as %s", listed, written).isTrue();
    }

    @Provide
    Arbitrary<String> parts() {
        return Arbitraries.of(SYLLABLES.chars().mapToObj(c -> String.valueOf((char) c)).toList()).list().ofMinSize(1)
                .ofMaxSize(4).map(chars -> String.join("", chars));
    }

    @Provide
    Arbitrary<String> interpuncts() {
        return Arbitraries.of("·", "•", "．", "・", "", " ", "\u3000");
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.of("", " ", "\u3000", "\t");
    }
}
