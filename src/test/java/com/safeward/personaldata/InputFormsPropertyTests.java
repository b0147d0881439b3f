package com.safeward.personaldata;

import static com.safeward.TestIdentities.fullWidth;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * WL-2: whatever form a hospital information system writes an identity in, it is hashed as the
 * canonical form a listing was registered in — so a listed person is found by the same document
 * (EXACT) or phone however it was typed. Forms (the README's normalisation rules): full-width
 * characters, white space around and inside, a lowercase check character, the legacy 15-digit
 * resident ID number, phone numbers with +86/0086/86, spaces, dashes or brackets.
 */
class InputFormsPropertyTests {

    @Property(tries = 500)
    void everyFormOfAResidentIdNumberIsTheCanonicalOne(@ForAll("residentIds") String canonical,
            @ForAll("forms") Form form) {
        String written = form.write(canonical);
        assertThat(PersonalDataKind.ID_NUMBER.normalize(written)).as("%s written as %s", canonical, written)
                .isEqualTo(canonical);
        assertThat(ChineseIdNumber.problem(PersonalDataKind.ID_NUMBER.normalize(written), LocalDate.of(2026, 12, 1)))
                .isEmpty();
    }

    @Property(tries = 300)
    void aLegacyNumberIsTheSamePersonsEighteenDigitNumber(@ForAll("legacyIds") String legacy,
            @ForAll("forms") Form form) {
        String canonical = legacy.substring(0, 6) + "19" + legacy.substring(6);
        canonical += ChineseIdNumber.checkCharacter(canonical);
        assertThat(PersonalDataKind.ID_NUMBER.normalize(form.write(legacy))).isEqualTo(canonical);
    }

    @Property(tries = 500)
    void everyFormOfAMobileNumberIsTheCanonicalOne(@ForAll("mobiles") String canonical,
            @ForAll("phoneForms") PhoneForm form) {
        String written = form.write(canonical);
        assertThat(PersonalDataKind.PHONE.normalize(written)).as("%s written as %s", canonical, written)
                .isEqualTo(canonical);
    }

    @Property(tries = 200)
    void canonicalValuesAreUnchangedSoStoredHashesStillMatch(@ForAll("residentIds") String id,
            @ForAll("mobiles") String phone) {
        assertThat(PersonalDataKind.ID_NUMBER.normalize(id)).isEqualTo(id);
        assertThat(PersonalDataKind.PHONE.normalize(phone)).isEqualTo(phone);
    }

    /** Valid 18-character numbers: region, birth date 1930–2020, sequence, check character. */
    @Provide
    Arbitrary<String> residentIds() {
        return Combinators.combine(Arbitraries.integers().between(110000, 659999),
                Arbitraries.integers().between(0, 365 * 90), Arbitraries.integers().between(0, 999))
                .as((region, day, sequence) -> {
                    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(day);
                    String first17 = "%06d%04d%02d%02d%03d".formatted(region, birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth(), sequence);
                    return first17 + ChineseIdNumber.checkCharacter(first17);
                });
    }

    /** GB 11643-1989: region, birth date yyMMdd of the 1900s, sequence; 15 digits. */
    @Provide
    Arbitrary<String> legacyIds() {
        return Combinators.combine(Arbitraries.integers().between(110000, 659999),
                Arbitraries.integers().between(0, 365 * 99), Arbitraries.integers().between(0, 999))
                .as((region, day, sequence) -> {
                    LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(day);
                    return "%06d%02d%02d%02d%03d".formatted(region, birth.getYear() % 100, birth.getMonthValue(),
                            birth.getDayOfMonth(), sequence);
                });
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Arbitraries.strings().numeric().ofLength(9).map(rest -> "1" + "3456789".charAt(rest.charAt(0) % 7) + rest);
    }

    @Provide
    Arbitrary<Form> forms() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("", " ", "\t", "\u3000"),
                Arbitraries.of("", " ", "\u3000"), Arbitraries.integers().between(1, 16), Arbitraries.of(true, false))
                .as(Form::new);
    }

    @Provide
    Arbitrary<PhoneForm> phoneForms() {
        return Combinators.combine(Arbitraries.of("", "+86", "0086", "86", "+86 ", "(+86)", "＋８６"),
                Arbitraries.of("", " ", "-"), Arbitraries.of(true, false), Arbitraries.of("", " ", "\u3000"))
                .as(PhoneForm::new);
    }

    /** How a number may be typed: full width, padded, split in two, the check character in lower case. */
    record Form(boolean wide, String around, String inside, int splitAt, boolean lowerCase) {
        String write(String number) {
            String text = lowerCase ? number.toLowerCase() : number;
            int at = Math.min(splitAt, text.length());
            text = text.substring(0, at) + inside + text.substring(at);
            return around + (wide ? fullWidth(text) : text) + around;
        }
    }

    /** How a mobile number may be typed: with a country code, grouped 3-4-4, full width, padded. */
    record PhoneForm(String prefix, String separator, boolean wide, String around) {
        String write(String mobile) {
            String text = prefix + mobile.substring(0, 3) + separator + mobile.substring(3, 7) + separator
                    + mobile.substring(7);
            return around + (wide ? fullWidth(text) : text) + around;
        }
    }
}
