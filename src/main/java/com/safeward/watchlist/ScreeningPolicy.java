package com.safeward.watchlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WL-2, WL-5: whether a person screened at a hospital is a listed person, and how strongly.
 * <ul>
 * <li>EXACT: the same document (keyed hash).</li>
 * <li>POSSIBLE: the same name and birth date; or a name variant (traditional/simplified,
 * homophone) with the same phone or birth date.</li>
 * </ul>
 * Only listings that warn this hospital (its own and, by its region's sharing policy, those of
 * its county or city) and are still valid count; an exact match beats a possible one, then the
 * higher risk level. The policy sees hashes and masks; a listed name is compared in the clear only
 * through {@link ListedNames}, in memory.
 */
final class ScreeningPolicy {

    private ScreeningPolicy() {
    }

    /**
     * What is known of the person screened: keyed hashes (the document's is null when none was
     * given), and the name (never stored, never shown).
     */
    record Screened(String documentHash, String birthHash, String phoneHash, String name, String nameMasked) {
    }

    /** A listed person's name, compared without being shown. */
    interface ListedNames {
        /** The keyed hash of a name, as listings keep it. */
        String hash(String name);

        /** Whether the listing's name is this name or a variant of it. */
        boolean sameOrVariant(ListingIndex.Entry listing, String name);
    }

    /** A listing the person matches, how strongly, and why. */
    record Match(ScreeningOutcome outcome, MatchReason reason, ListingIndex.Entry listing) {
    }

    /** The strongest match among the candidates sharing a hash with the person, if any. */
    static Optional<Match> bestMatch(List<ListingIndex.Entry> candidates, Screened person, Set<Long> warningHospitals,
            LocalDate today, ListedNames names) {
        List<Match> matches = new ArrayList<>();
        String nameHash = null; // only needed for a candidate born the same day: most screenings have none
        for (ListingIndex.Entry listing : candidates) {
            if (!warningHospitals.contains(listing.hospitalId()) || listing.validUntil().isBefore(today)) {
                continue;
            }
            if (person.documentHash() != null && person.documentHash().equals(listing.documentHash())) {
                matches.add(new Match(ScreeningOutcome.EXACT, MatchReason.SAME_DOCUMENT, listing));
                continue;
            }
            boolean sameBirth = person.birthHash() != null && person.birthHash().equals(listing.birthHash());
            boolean samePhone = person.phoneHash() != null && person.phoneHash().equals(listing.phoneHash());
            if (sameBirth && nameHash == null) {
                nameHash = names.hash(person.name());
            }
            if (sameBirth && nameHash.equals(listing.nameHash())) {
                matches.add(new Match(ScreeningOutcome.POSSIBLE, MatchReason.SAME_NAME_AND_BIRTH_DATE, listing));
            } else if ((samePhone || sameBirth) && NameVariants.couldMatch(listing.nameMasked(), person.name())
                    && names.sameOrVariant(listing, person.name())) {
                matches.add(new Match(ScreeningOutcome.POSSIBLE,
                        samePhone ? MatchReason.NAME_VARIANT_AND_PHONE : MatchReason.NAME_VARIANT_AND_BIRTH_DATE, listing));
            }
        }
        return matches.stream().min(Comparator.comparing((Match match) -> match.outcome() != ScreeningOutcome.EXACT)
                .thenComparing(match -> -match.listing().riskLevel().ordinal()));
    }
}
