package com.safeward.watchlist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.evidence.EvidenceContent;
import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.Text;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.DocumentType;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.personaldata.Sealed;
import com.safeward.texts.DisplayTimes;
import com.safeward.trail.Trail;

/**
 * WL-1, WL-5, WL-7: the register's use cases. A listing is proposed with reasons and evidence,
 * reviewed by the security officer, screened against while active and valid, and ends by a
 * reviewed delisting or by expiry (the {@link Listing} guards each step); every step is in its
 * trail, and other modules hear of it through events. Identities are sealed; seeing one is audited.
 */
@Service
@Transactional
class Watchlist {

    private final Listings listings;
    private final ListingQueries queries;
    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Trail trail;
    private final EvidenceStore evidence;
    private final ListingIndex index;
    private final DisplayTimes times;
    private final Clock clock;

    Watchlist(Listings listings, ListingQueries queries, PersonalData personalData, OrganizationDirectory directory,
            ApplicationEventPublisher events, AuditTrail audit, Trail trail, EvidenceStore evidence, ListingIndex index,
            DisplayTimes times, Clock clock) {
        this.listings = listings;
        this.queries = queries;
        this.personalData = personalData;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.trail = trail;
        this.evidence = evidence;
        this.index = index;
        this.times = times;
        this.clock = clock;
    }

    /** WL-1: a proposal, screened against only once approved. */
    ListingView propose(ListingForm form, Actor actor, DataScope scope) {
        long hospitalId = form.hospitalId != null ? form.hospitalId : actor.hospitalId() == null ? -1 : actor.hospitalId();
        if (!scope.includes(hospitalId) || !directory.hospitalExists(hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        return proposeFor(hospitalId, form, actor.username());
    }

    /** The proposal itself, for the hospital, by a person ({@link WatchlistProposals}: on another module's behalf). */
    ListingView proposeFor(long hospitalId, ListingForm form, String proposedBy) {
        personalData.validateDocument(form.documentType, form.documentNumber, "documentNumber");
        LocalDate birthDate = birthDate(form.documentType, form.documentNumber, form.birthDate);
        if (!form.validUntil.isAfter(times.today())) {
            throw new RuleViolation("validUntil", "validation.watchlist.validUntil");
        }
        if (!blank(form.sex) && !form.sex.matches("[MF]")) {
            throw new RuleViolation("sex", "validation.watchlist.sex");
        }
        personalData.validatePhone(form.phone, "phone");
        if (form.relatedTo != null && listings.findById(form.relatedTo)
                .filter(related -> related.hospitalId() == hospitalId).isEmpty()) {
            throw new RuleViolation("relatedTo", "validation.watchlist.related");
        }
        if (listings.isListed(hospitalId, personalData.hash(PersonalDataKind.ID_NUMBER, form.documentNumber))) {
            throw new RuleViolation("documentNumber", "validation.watchlist.alreadyListed");
        }
        Sealed name = personalData.seal(PersonalDataKind.NAME, form.name);
        Sealed document = personalData.seal(PersonalDataKind.ID_NUMBER, form.documentNumber);
        Sealed phone = blank(form.phone) ? Sealed.NONE : personalData.seal(PersonalDataKind.PHONE, form.phone);
        Sealed birth = birthDate == null ? Sealed.NONE : personalData.seal(PersonalDataKind.BIRTH_DATE, birthDate.toString());
        Instant now = Instant.now(clock);
        Listing proposed = listings.save(new Listing(null, hospitalId, form.documentType, document.cipher(),
                document.hash(), document.masked(), name.cipher(), name.hash(), name.masked(),
                blank(form.sex) ? null : form.sex, birth.cipher(), birth.hash(), phone.cipher(), phone.hash(),
                phone.masked(), form.category, form.reasons.trim(), blank(form.evidence) ? null : form.evidence.trim(),
                form.incidentId, form.riskLevel, form.validUntil, form.relatedTo,
                blank(form.relation) ? null : form.relation.trim(), ListingStatus.PROPOSED, proposedBy, now, null,
                null, null, now));
        history(proposed.id(), proposedBy, "PROPOSED", form.reasons);
        audit.record(AuditEntry.created("WatchlistPerson", proposed.id(), hospitalId,
                Map.of("name", name.masked(), "document", document.masked(), "category", form.category,
                        "riskLevel", form.riskLevel, "validUntil", form.validUntil)));
        events.publishEvent(new ListingProposed(proposed.id(), hospitalId, name.masked(), form.reasons.trim(),
                proposedBy));
        return queries.view(proposed, true);
    }

    /**
     * WL-7: the security officer approves or rejects a listing, or a delisting. {@code version}:
     * the listing as the reviewer saw it; when someone else decided meanwhile the review is refused
     * (409) rather than overwriting theirs.
     */
    ListingView review(long id, boolean approve, String note, Integer version, Actor actor, DataScope scope) {
        Listing listing = current(id, version, scope);
        Listing.Reviewed reviewed = listing.review(approve, note, actor.username(), Instant.now(clock));
        Listing saved = listings.save(reviewed.listing());
        history(id, actor.username(), reviewed.decision(), note);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "WatchlistPerson", id, listing.hospitalId(),
                Text.of("audit.statusChange", Text.of(listing.status()), Text.of(saved.status()))).withReason(blank(note) ? null : note.trim()));
        events.publishEvent(new ListingReviewed(id, listing.hospitalId(), listing.nameMasked(), listing.proposedBy(),
                reviewed.decision()));
        return queries.view(saved, true);
    }

    /** WL-7: delisting is proposed with a reason and reviewed like a listing; until then it stays screened. */
    ListingView proposeDelisting(long id, String reason, Integer version, Actor actor, DataScope scope) {
        Listing listing = current(id, version, scope);
        Listing saved = listings.save(listing.proposeDelisting(reason, Instant.now(clock)));
        history(id, actor.username(), "DELISTING_PROPOSED", reason);
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "WatchlistPerson", id, listing.hospitalId(),
                Text.of("audit.statusChange", Text.of(ListingStatus.ACTIVE), Text.of(ListingStatus.DELISTING_PROPOSED))).withReason(reason.trim()));
        events.publishEvent(new DelistingProposed(id, listing.hospitalId(), listing.nameMasked(), reason.trim()));
        return queries.view(saved, true);
    }

    /** WL-7: before it expires (or after), the security officer keeps a listing for longer, reviewed in one step. */
    ListingView renew(long id, LocalDate validUntil, String note, Integer version, Actor actor, DataScope scope) {
        Listing listing = current(id, version, scope);
        Listing saved = listings.save(listing.renew(validUntil, times.today(), note, actor.username(),
                Instant.now(clock)));
        history(id, actor.username(), "RENEWED", note, validUntil.toString());
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "WatchlistPerson", id, listing.hospitalId(),
                Text.of("audit.listing.renewed", String.valueOf(listing.validUntil()), String.valueOf(validUntil))).withReason(note.trim()));
        return queries.view(saved, true);
    }

    /**
     * WL-7: listings past their validity end (once, by the scheduled task); the security officer is
     * told, so a person who still needs watching is renewed after review. A listing someone changed
     * meanwhile is left to the next run.
     */
    int expire() {
        LocalDate today = times.today();
        int expired = 0;
        for (Listing listing : listings.findExpiredOn(today)) {
            try {
                listings.save(listing.expire(Instant.now(clock)));
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                continue;
            }
            expired++;
            history(listing.id(), "system", "EXPIRED", null, listing.validUntil().toString());
            events.publishEvent(new ListingExpired(listing.id(), listing.hospitalId(), listing.nameMasked()));
        }
        return expired;
    }

    /** WL-7: the full identity, for a reason; one audited view of personal data. */
    RevealedListing reveal(long id, String reason, DataScope scope) {
        Listing listing = listings.visibleIn(id, scope);
        List<String> plain = personalData.reveal(reason, "WatchlistPerson", id, listing.hospitalId(),
                listing.nameCipher(), listing.documentCipher(), listing.phoneCipher(), listing.birthCipher());
        return new RevealedListing(id, plain.get(0), plain.get(1), plain.get(2), plain.get(3));
    }

    /** WL-5: active listings of the scope for the police platform, identities in full; one audited export. */
    List<Map<String, Object>> exportForPolice(String reason, DataScope scope) {
        if (blank(reason)) {
            throw new RuleViolation("reason", "validation.personalData.reason");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Listing listing : queries.screened(scope)) {
            List<String> plain = personalData.reveal(reason, "WatchlistPerson", listing.id(), listing.hospitalId(),
                    listing.nameCipher(), listing.documentCipher(), listing.phoneCipher(), listing.birthCipher());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", listing.id());
            entry.put("hospital", directory.hospitalLabel(listing.hospitalId()).orElse(""));
            entry.put("name", plain.get(0));
            entry.put("documentType", listing.documentType().name());
            entry.put("documentNumber", plain.get(1));
            entry.put("phone", plain.get(2));
            entry.put("birthDate", plain.get(3));
            entry.put("sex", listing.sex());
            entry.put("category", listing.category().name());
            entry.put("riskLevel", listing.riskLevel().name());
            entry.put("reasons", listing.reasons());
            entry.put("validUntil", listing.validUntil().toString());
            out.add(entry);
        }
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "WatchlistPerson", "export", null,
                Text.of("audit.listing.exported", out.size())).withReason(reason.trim()));
        return out;
    }

    /** WL-1: an evidence file of the listing (photo, recording, document), through the evidence store. */
    ListingView attachEvidence(long id, MultipartFile file, Actor actor, DataScope scope) {
        Listing listing = listings.visibleIn(id, scope);
        EvidenceView stored = evidence.store(Listing.evidence(id), listing.hospitalId(), file, actor.username());
        history(id, actor.username(), "EVIDENCE_ADDED", null, stored.filename());
        return queries.view(listing, true);
    }

    /** The bytes of an evidence file; evidence may show people, so each download is recorded. */
    EvidenceContent evidence(long id, long evidenceId, DataScope scope) {
        Listing listing = listings.visibleIn(id, scope);
        return evidence.download(Listing.evidence(id), evidenceId, listing.hospitalId());
    }

    /** The listing in scope, as the caller saw it when {@code version} is given. */
    private Listing current(long id, Integer version, DataScope scope) {
        Listing listing = listings.visibleIn(id, scope);
        if (version != null && !version.equals(listing.version())) {
            throw new OptimisticLockingFailureException("listing " + id + " changed since version " + version);
        }
        return listing;
    }

    /** Every change of a listing goes through its trail: the screening index reloads after the commit. */
    private void history(long id, String actor, String action, String note, Object... labelArguments) {
        index.changed();
        trail.add(Listing.trail(id), Instant.now(clock), actor, action, note, null, labelArguments);
    }

    /** The birth date a resident ID carries wins; a different one given with it is an error. */
    static LocalDate birthDate(DocumentType type, String number, LocalDate given) {
        LocalDate fromDocument = PersonalData.birthDateOf(type, number).orElse(null);
        if (fromDocument != null && given != null && !fromDocument.equals(given)) {
            throw new RuleViolation("birthDate", "validation.watchlist.birthDate");
        }
        return fromDocument != null ? fromDocument : given;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
