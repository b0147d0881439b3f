package com.safeward.watchlist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.DepartmentView;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.texts.DisplayTimes;

/**
 * WL-2, WL-3: screening a person at a hospital. The {@link ScreeningPolicy} decides whether and how
 * strongly the person matches; every screening is recorded with the identity masked (without a
 * match in groups, {@link ScreeningLog}); on a match the record, the alerts and the trail commit
 * together before the answer, so the hospital information system is told only what has been done.
 */
@Service
class Screenings {

    private record DepartmentKey(long hospitalId, String code) {
    }

    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final ListingIndex index;
    private final ScreeningLog screeningLog;
    private final MatchAlerts matches;
    private final WatchlistProperties properties;
    private final MessageSource messages;
    private final DisplayTimes times;
    private final Clock clock;
    /** Whose listings warn a hospital (WL-5 policy); organizations change seldom. */
    private final Cache<Long, Set<Long>> warnedBy = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000).build();
    /** Departments by code, as every screening names one; organizations change seldom. */
    private final Cache<DepartmentKey, Optional<DepartmentView>> departments = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    Screenings(PersonalData personalData, OrganizationDirectory directory, ListingIndex index, ScreeningLog screeningLog,
            MatchAlerts matches, WatchlistProperties properties, MessageSource messages, DisplayTimes times,
            Clock clock) {
        this.clock = clock;
        this.personalData = personalData;
        this.directory = directory;
        this.index = index;
        this.screeningLog = screeningLog;
        this.matches = matches;
        this.properties = properties;
        this.messages = messages;
        this.times = times;
    }

    /** One screening of a person at a hospital; {@code source} says who asked (token name or user). */
    ScreeningResult screen(long hospitalId, ScreeningRequest request, String source) {
        ScreeningRequest.Person person = request.person();
        boolean document = person.hasDocument();
        if (document) {
            if (person.documentType() == null) {
                throw new RuleViolation("person.documentType", "problem.field.required");
            }
            personalData.validateDocument(person.documentType(), person.documentNumber(), "person.documentNumber");
        } else if (Watchlist.blank(person.phone()) && person.birthDate() == null) {
            // WL-2: without a document, a name alone is not enough to tell anyone apart
            throw new RuleViolation("person.documentNumber", "validation.screening.identity");
        }
        personalData.validatePhone(person.phone(), "person.phone");
        LocalDate birthDate;
        try {
            birthDate = document ? Watchlist.birthDate(person.documentType(), person.documentNumber(), person.birthDate())
                    : person.birthDate();
        } catch (RuleViolation mismatch) {
            throw new RuleViolation("person.birthDate", "validation.watchlist.birthDate");
        }
        DepartmentView department = Watchlist.blank(request.department()) ? null
                : departments.get(new DepartmentKey(hospitalId, request.department().trim().toUpperCase(Locale.ROOT)),
                        key -> directory.departmentByCode(key.hospitalId(), key.code())).orElseThrow(
                                () -> new RuleViolation("department", "validation.department.unknown"));

        ScreeningPolicy.Screened screened = new ScreeningPolicy.Screened(
                document ? personalData.hash(PersonalDataKind.ID_NUMBER, person.documentNumber()) : null,
                birthDate == null ? null : personalData.hash(PersonalDataKind.BIRTH_DATE, birthDate.toString()),
                Watchlist.blank(person.phone()) ? null : personalData.hash(PersonalDataKind.PHONE, person.phone()),
                person.name(), PersonalData.mask(PersonalDataKind.NAME, person.name()));
        Optional<ScreeningPolicy.Match> match = ScreeningPolicy.bestMatch(
                index.candidates(screened.documentHash(), screened.birthHash(), screened.phoneHash()), screened,
                warnedBy(hospitalId), times.today(), new ScreeningPolicy.ListedNames() {
                    @Override
                    public String hash(String name) {
                        return personalData.hash(PersonalDataKind.NAME, name);
                    }

                    @Override
                    public boolean sameOrVariant(ListingIndex.Entry listing, String name) {
                        return personalData.test(listing.nameCipher(), listed -> NameVariants.match(listed, name));
                    }
                });
        ScreeningLog.Record record = new ScreeningLog.Record(hospitalId, request.context(),
                department == null ? null : department.id(), Watchlist.blank(request.ward()) ? null : request.ward().trim(),
                Watchlist.blank(request.staff()) ? null : request.staff().trim(),
                document ? person.documentType().name() : null,
                document ? PersonalData.mask(PersonalDataKind.ID_NUMBER, person.documentNumber()) : null,
                screened.nameMasked(), source,
                Timestamp.from(Instant.now(clock)));
        if (match.isEmpty()) {
            return new ScreeningResult(screeningLog.store(record), ScreeningOutcome.NONE, null, null, null, List.of(),
                    null);
        }
        return matches.record(record, match.get(), department, advice(match.get()));
    }

    /** What the desk is to do, in the language of the request (Accept-Language). */
    private String advice(ScreeningPolicy.Match match) {
        ScreeningAdvice advice = ScreeningAdvice.of(match.outcome(), match.listing().riskLevel());
        return messages.getMessage("ScreeningAdvice." + advice.name(), null, LocaleContextHolder.getLocale());
    }

    /** WL-5: the hospital itself and, by its region's policy, the other hospitals of its county or city. */
    Set<Long> warnedBy(long hospitalId) {
        return warnedBy.get(hospitalId, id -> {
            List<String> codes = directory.regionCodesOf(id);
            WatchlistProperties.Reach reach = properties.sharing().defaultReach();
            for (String code : codes) { // root first: the most specific setting wins
                WatchlistProperties.Reach configured = properties.sharing().regions().get(code);
                if (configured != null) {
                    reach = configured;
                }
            }
            Set<Long> hospitals = new HashSet<>();
            hospitals.add(id);
            int level = switch (reach) {
                case HOSPITAL -> -1;
                case COUNTY -> codes.size() - 1;
                case CITY -> codes.size() - 2;
            };
            if (level >= 0 && level < codes.size()) {
                hospitals.addAll(directory.hospitalIdsUnderRegion(codes.get(level)));
            }
            return Set.copyOf(hospitals);
        });
    }
}
