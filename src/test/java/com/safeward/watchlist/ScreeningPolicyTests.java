package com.safeward.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** WL-2, WL-5: how a screened person matches the register, without a database or a key. */
class ScreeningPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Set<Long> OWN_HOSPITAL = Set.of(1L);

    /** Names "hashed" and "decrypted" in the clear: the policy only asks, it never sees a cipher's key. */
    private static final ScreeningPolicy.ListedNames NAMES = new ScreeningPolicy.ListedNames() {
        @Override
        public String hash(String name) {
            return "name:" + name;
        }

        @Override
        public boolean sameOrVariant(ListingIndex.Entry listing, String name) {
            return NameVariants.match(listing.nameCipher(), name);
        }
    };

    private static ListingIndex.Entry listed(long id, long hospital, String document, String birth, String phone,
            String name, RiskLevel risk, LocalDate validUntil) {
        return new ListingIndex.Entry(id, hospital, document, birth, phone, "name:" + name, name,
                name.charAt(0) + "*" + name.substring(name.length() - 1), RiskCategory.OTHER, risk, validUntil);
    }

    private static ScreeningPolicy.Screened person(String document, String birth, String phone, String name) {
        return new ScreeningPolicy.Screened(document, birth, phone, name,
                name.charAt(0) + "*" + name.substring(name.length() - 1));
    }

    @Test
    void theSameDocumentIsAnExactMatch() {
        var listing = listed(1, 1, "doc-1", "b-1", null, "张三丰", RiskLevel.MEDIUM, TODAY.plusDays(1));
        assertThat(ScreeningPolicy.bestMatch(List.of(listing), person("doc-1", null, null, "张三丰"), OWN_HOSPITAL, TODAY,
                NAMES)).hasValueSatisfying(match -> {
                    assertThat(match.outcome()).isEqualTo(ScreeningOutcome.EXACT);
                    assertThat(match.reason()).isEqualTo(MatchReason.SAME_DOCUMENT);
                });
    }

    @Test
    void aNameVariantWithTheSamePhoneOrBirthDateIsAPossibleMatch() {
        var listing = listed(1, 1, "doc-1", "b-1", "p-1", "張偉", RiskLevel.MEDIUM, TODAY.plusDays(1));
        assertThat(ScreeningPolicy.bestMatch(List.of(listing), person("doc-2", null, "p-1", "张伟"), OWN_HOSPITAL, TODAY,
                NAMES)).map(ScreeningPolicy.Match::reason).hasValue(MatchReason.NAME_VARIANT_AND_PHONE);
        assertThat(ScreeningPolicy.bestMatch(List.of(listing), person("doc-2", "b-1", null, "张卫"), OWN_HOSPITAL, TODAY,
                NAMES)).map(ScreeningPolicy.Match::reason).hasValue(MatchReason.NAME_VARIANT_AND_BIRTH_DATE);
        assertThat(ScreeningPolicy.bestMatch(List.of(listing), person("doc-2", "b-1", null, "張偉"), OWN_HOSPITAL, TODAY,
                NAMES)).map(ScreeningPolicy.Match::reason).hasValue(MatchReason.SAME_NAME_AND_BIRTH_DATE);
    }

    @Test
    void anotherNameWithTheSamePhoneIsNoMatch() {
        var listing = listed(1, 1, "doc-1", "b-1", "p-1", "張偉", RiskLevel.HIGH, TODAY.plusDays(1));
        assertThat(ScreeningPolicy.bestMatch(List.of(listing), person("doc-2", null, "p-1", "李强"), OWN_HOSPITAL, TODAY,
                NAMES)).isEmpty();
    }

    @Test
    void anExactMatchWinsOverAPossibleOneAndThenTheHigherRisk() {
        var possibleHigh = listed(1, 1, "doc-9", "b-1", null, "王丽", RiskLevel.HIGH, TODAY.plusDays(1));
        var exactLow = listed(2, 1, "doc-1", null, null, "王丽", RiskLevel.LOW, TODAY.plusDays(1));
        var possibleMedium = listed(3, 1, "doc-8", "b-1", null, "王莉", RiskLevel.MEDIUM, TODAY.plusDays(1));
        assertThat(ScreeningPolicy.bestMatch(List.of(possibleHigh, exactLow), person("doc-1", "b-1", null, "王丽"),
                OWN_HOSPITAL, TODAY, NAMES)).map(match -> match.listing().id()).hasValue(2L);
        assertThat(ScreeningPolicy.bestMatch(List.of(possibleMedium, possibleHigh), person("doc-7", "b-1", null, "王丽"),
                OWN_HOSPITAL, TODAY, NAMES)).map(match -> match.listing().id()).hasValue(1L);
    }

    /** WL-5: only listings that warn this hospital count, and only while they are valid. */
    @Test
    void listingsOfHospitalsThatDoNotWarnThisOneAndExpiredListingsDoNotMatch() {
        var otherHospital = listed(1, 2, "doc-1", null, null, "张三丰", RiskLevel.HIGH, TODAY.plusDays(1));
        var expired = listed(2, 1, "doc-1", null, null, "张三丰", RiskLevel.HIGH, TODAY.minusDays(1));
        var lastDay = listed(3, 1, "doc-1", null, null, "张三丰", RiskLevel.HIGH, TODAY);
        assertThat(ScreeningPolicy.bestMatch(List.of(otherHospital, expired), person("doc-1", null, null, "张三丰"),
                OWN_HOSPITAL, TODAY, NAMES)).isEmpty();
        assertThat(ScreeningPolicy.bestMatch(List.of(otherHospital, expired, lastDay), person("doc-1", null, null, "张三丰"),
                Set.of(1L, 2L), TODAY, NAMES)).map(match -> match.listing().id()).hasValueSatisfying(
                        id -> assertThat(id).isIn(1L, 3L));
    }
}
