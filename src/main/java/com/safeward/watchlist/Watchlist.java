package com.safeward.watchlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.audit.AuditAction;
import com.safeward.audit.AuditEntry;
import com.safeward.audit.AuditTrail;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.personaldata.DocumentType;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.personaldata.Sealed;
import com.safeward.web.DisplayTimes;
import com.safeward.evidence.EvidenceContent;
import com.safeward.evidence.EvidenceStore;
import com.safeward.evidence.EvidenceView;
import com.safeward.trail.Trail;
import com.safeward.trail.TrailEntry;
import com.safeward.kernel.RecordRef;
import com.safeward.kernel.RuleViolation;
import com.safeward.kernel.NotFound;
import com.safeward.web.PagedQuery;

/**
 * WL-1, WL-7: the registry of high-risk persons. A listing is proposed with reasons and evidence,
 * reviewed by the security officer, screened against while active and valid, and ends by a
 * reviewed delisting or by expiry; every step is kept in its history. Identities are sealed.
 */
@Service
@Transactional
class Watchlist {

    private final DisplayTimes times;
    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final ListingIndex index;
    private final Trail trail;
    private final EvidenceStore evidence;
    private final WatchlistProperties properties;

    Watchlist(JdbcClient jdbc, PersonalData personalData, OrganizationDirectory directory,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock, ListingIndex index,
            WatchlistProperties properties, DisplayTimes times, Trail trail, EvidenceStore evidence) {
        this.evidence = evidence;
        this.trail = trail;
        this.times = times;
        this.properties = properties;
        this.index = index;
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** WL-1: a proposal, screened against only once approved. */
    ListingView propose(ListingForm form, Actor actor, DataScope scope) {
        long hospitalId = form.hospitalId != null ? form.hospitalId : actor.hospitalId() == null ? -1 : actor.hospitalId();
        if (!scope.includes(hospitalId) || !directory.hospitalExists(hospitalId)) {
            throw new RuleViolation("hospitalId", "validation.hospital.unknown");
        }
        personalData.validateDocument(form.documentType, form.documentNumber, "documentNumber");
        LocalDate birthDate = birthDate(form.documentType, form.documentNumber, form.birthDate);
        LocalDate today = today();
        if (!form.validUntil.isAfter(today)) {
            throw new RuleViolation("validUntil", "validation.watchlist.validUntil");
        }
        if (form.sex != null && !form.sex.isBlank() && !form.sex.matches("[MF]")) {
            throw new RuleViolation("sex", "validation.watchlist.sex");
        }
        personalData.validatePhone(form.phone, "phone");
        if (form.relatedTo != null) {
            ListingRow related = row(form.relatedTo).orElseThrow(
                    () -> new RuleViolation("relatedTo", "validation.watchlist.related"));
            if (related.hospitalId() != hospitalId) {
                throw new RuleViolation("relatedTo", "validation.watchlist.related");
            }
        }
        String documentHash = personalData.hash(PersonalDataKind.ID_NUMBER, form.documentNumber);
        boolean alreadyListed = jdbc.sql("""
                select count(*) from watchlist_persons where hospital_id = :h and document_hash = :d
                and status in ('PROPOSED', 'ACTIVE', 'DELISTING_PROPOSED')""")
                .param("h", hospitalId).param("d", documentHash).query(Long.class).single() > 0;
        if (alreadyListed) {
            throw new RuleViolation("documentNumber", "validation.watchlist.alreadyListed");
        }
        Sealed name = personalData.seal(PersonalDataKind.NAME, form.name);
        Sealed document = personalData.seal(PersonalDataKind.ID_NUMBER, form.documentNumber);
        Sealed phone = blank(form.phone) ? null : personalData.seal(PersonalDataKind.PHONE, form.phone);
        Sealed birth = birthDate == null ? null : personalData.seal(PersonalDataKind.BIRTH_DATE, birthDate.toString());
        Instant now = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into watchlist_persons (hospital_id, document_type, document_cipher, document_hash, document_masked,
                    name_cipher, name_hash, name_masked, sex, birth_cipher, birth_hash, phone_cipher, phone_hash,
                    phone_masked, category, reasons, evidence, incident_id, risk_level, valid_until, related_to, relation,
                    status, proposed_by, proposed_at, updated_at)
                values (:h, :dt, :dc, :dh, :dm, :nc, :nh, :nm, :sex, :bc, :bh, :pc, :ph, :pm, :cat, :reasons, :evidence,
                    :incident, :risk, :until, :related, :relation, 'PROPOSED', :by, :at, :at)""")
                .param("h", hospitalId).param("dt", form.documentType.name()).param("dc", document.cipher())
                .param("dh", document.hash()).param("dm", document.masked()).param("nc", name.cipher())
                .param("nh", name.hash()).param("nm", name.masked()).param("sex", blank(form.sex) ? null : form.sex)
                .param("bc", birth == null ? null : birth.cipher()).param("bh", birth == null ? null : birth.hash())
                .param("pc", phone == null ? null : phone.cipher()).param("ph", phone == null ? null : phone.hash())
                .param("pm", phone == null ? null : phone.masked()).param("cat", form.category.name())
                .param("reasons", form.reasons.trim()).param("evidence", blank(form.evidence) ? null : form.evidence.trim())
                .param("incident", form.incidentId).param("risk", form.riskLevel.name())
                .param("until", form.validUntil).param("related", form.relatedTo)
                .param("relation", blank(form.relation) ? null : form.relation.trim()).param("by", actor.username())
                .param("at", Timestamp.from(now)).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        history(id, actor.username(), "PROPOSED", form.reasons.trim());
        audit.record(AuditEntry.created("WatchlistPerson", id, hospitalId,
                Map.of("name", name.masked(), "document", document.masked(), "category", form.category,
                        "riskLevel", form.riskLevel, "validUntil", form.validUntil)));
        events.publishEvent(new ListingProposed(id, hospitalId, name.masked(), form.reasons.trim(), actor.username()));
        return get(id, scope);
    }

    /** WL-7: the security officer approves or rejects a listing, or a delisting. */
    ListingView review(long id, boolean approve, String note, Actor actor, DataScope scope) {
        ListingRow listing = visible(id, scope);
        ListingStatus next;
        String action;
        switch (listing.status()) {
            case PROPOSED -> {
                next = approve ? ListingStatus.ACTIVE : ListingStatus.REJECTED;
                action = approve ? "APPROVED" : "REJECTED";
            }
            case DELISTING_PROPOSED -> {
                next = approve ? ListingStatus.DELISTED : ListingStatus.ACTIVE;
                action = approve ? "DELISTED" : "DELISTING_REJECTED";
            }
            default -> throw new RuleViolation("status", "validation.watchlist.nothingToReview");
        }
        if (!approve && blank(note)) {
            throw new RuleViolation("note", "validation.watchlist.reviewNote");
        }
        Instant now = Instant.now(clock);
        jdbc.sql("""
                update watchlist_persons set status = :s, reviewed_by = :by, reviewed_at = :at, updated_at = :at,
                    version = version + 1 where id = :id""")
                .param("s", next.name()).param("by", actor.username()).param("at", Timestamp.from(now)).param("id", id)
                .update();
        history(id, actor.username(), action, blank(note) ? null : note.trim());
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "WatchlistPerson", id, listing.hospitalId(),
                listing.status() + " -> " + next).withReason(blank(note) ? null : note.trim()));
        events.publishEvent(new ListingReviewed(id, listing.hospitalId(), listing.nameMasked(), listing.proposedBy(),
                action));
        return get(id, scope);
    }

    /** WL-7: delisting is proposed with a reason and reviewed like a listing; until then it stays screened. */
    ListingView proposeDelisting(long id, String reason, Actor actor, DataScope scope) {
        ListingRow listing = visible(id, scope);
        if (listing.status() != ListingStatus.ACTIVE) {
            throw new RuleViolation("status", "validation.watchlist.notActive");
        }
        if (blank(reason)) {
            throw new RuleViolation("reason", "validation.watchlist.reason");
        }
        jdbc.sql("update watchlist_persons set status = 'DELISTING_PROPOSED', updated_at = :at, version = version + 1 "
                + "where id = :id").param("at", Timestamp.from(Instant.now(clock))).param("id", id).update();
        history(id, actor.username(), "DELISTING_PROPOSED", reason.trim());
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "WatchlistPerson", id, listing.hospitalId(),
                "ACTIVE -> DELISTING_PROPOSED").withReason(reason.trim()));
        events.publishEvent(new DelistingProposed(id, listing.hospitalId(), listing.nameMasked(), reason.trim()));
        return get(id, scope);
    }

    /** WL-7: before it expires, the security officer may keep a listing for longer (reviewed in one step). */
    ListingView renew(long id, LocalDate validUntil, String note, Actor actor, DataScope scope) {
        ListingRow listing = visible(id, scope);
        if (!listing.status().screened() && listing.status() != ListingStatus.EXPIRED) {
            throw new RuleViolation("status", "validation.watchlist.notActive");
        }
        if (validUntil == null || !validUntil.isAfter(today())) {
            throw new RuleViolation("validUntil", "validation.watchlist.validUntil");
        }
        if (blank(note)) {
            throw new RuleViolation("note", "validation.watchlist.reviewNote");
        }
        Instant now = Instant.now(clock);
        jdbc.sql("""
                update watchlist_persons set valid_until = :until, status = 'ACTIVE', reviewed_by = :by, reviewed_at = :at,
                    updated_at = :at, version = version + 1 where id = :id""")
                .param("until", validUntil).param("by", actor.username()).param("at", Timestamp.from(now))
                .param("id", id).update();
        history(id, actor.username(), "RENEWED", note, validUntil.toString());
        audit.record(AuditEntry.of(AuditAction.STATE_CHANGED, "WatchlistPerson", id, listing.hospitalId(),
                "valid until " + listing.validUntil() + " -> " + validUntil).withReason(note.trim()));
        return get(id, scope);
    }

    /**
     * WL-7: listings past their validity end (once, by the scheduled task); the security officer is
     * told, so a person who still needs watching is renewed after review.
     */
    int expire() {
        LocalDate today = today();
        List<ListingRow> due = jdbc.sql("select * from watchlist_persons where status in ('ACTIVE', 'DELISTING_PROPOSED') "
                + "and valid_until < :today").param("today", today).query(Watchlist::row).list();
        int expired = 0;
        for (ListingRow listing : due) {
            int changed = jdbc.sql("update watchlist_persons set status = 'EXPIRED', updated_at = :at, version = version + 1 "
                    + "where id = :id and status = :s").param("at", Timestamp.from(Instant.now(clock)))
                    .param("id", listing.id()).param("s", listing.status().name()).update();
            if (changed == 1) {
                expired++;
                history(listing.id(), "system", "EXPIRED", null, listing.validUntil().toString());
                events.publishEvent(new ListingExpired(listing.id(), listing.hospitalId(), listing.nameMasked()));
            }
        }
        return expired;
    }

    @Transactional(readOnly = true)
    Page<ListingView> list(ListingStatus status, RiskCategory category, String q, DataScope scope, Pageable pageable) {
        PagedQuery query = new PagedQuery();
        if (!scope.limit(query, "hospital_id")) {
            return Page.empty(pageable);
        }
        if (status != null) {
            query.and("status = :status", "status", status.name());
        }
        if (category != null) {
            query.and("category = :category", "category", category.name());
        }
        if (!blank(q)) {
            // Exact search by document number, phone or name: through the keyed hashes, never plain text.
            query.and("document_hash = :dq or phone_hash = :pq or name_hash = :nq", Map.of(
                    "dq", personalData.hash(PersonalDataKind.ID_NUMBER, q),
                    "pq", personalData.hash(PersonalDataKind.PHONE, q),
                    "nq", personalData.hash(PersonalDataKind.NAME, q)));
        }
        return query.page(jdbc, "watchlist_persons", "updated_at desc, id desc", Watchlist::row, pageable)
                .map(r -> view(r, false));
    }

    @Transactional(readOnly = true)
    ListingView get(long id, DataScope scope) {
        return view(visible(id, scope), true);
    }

    /** WL-7: the full identity, for a reason; one audited view of personal data. */
    RevealedListing reveal(long id, String reason, DataScope scope) {
        ListingRow listing = visible(id, scope);
        List<String> plain = personalData.reveal(reason, "WatchlistPerson", id, listing.hospitalId(),
                listing.nameCipher(), listing.documentCipher(), listing.phoneCipher(), listing.birthCipher());
        return new RevealedListing(id, plain.get(0), plain.get(1), plain.get(2), plain.get(3));
    }

    /** WL-5: active listings of the scope for the police platform, identities in full; one audited export. */
    List<Map<String, Object>> exportForPolice(String reason, DataScope scope) {
        if (blank(reason)) {
            throw new RuleViolation("reason", "validation.personalData.reason");
        }
        List<ListingRow> rows = scope.everything()
                ? jdbc.sql("select * from watchlist_persons where status in ('ACTIVE', 'DELISTING_PROPOSED') order by id")
                        .query(Watchlist::row).list()
                : scope.hospitalIds().isEmpty() ? List.of()
                : jdbc.sql("select * from watchlist_persons where status in ('ACTIVE', 'DELISTING_PROPOSED') "
                        + "and hospital_id in (:h) order by id").param("h", scope.hospitalIds()).query(Watchlist::row).list();
        List<Map<String, Object>> out = new ArrayList<>();
        for (ListingRow r : rows) {
            List<String> plain = personalData.reveal(reason, "WatchlistPerson", r.id(), r.hospitalId(),
                    r.nameCipher(), r.documentCipher(), r.phoneCipher(), r.birthCipher());
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put("id", r.id());
            entry.put("hospital", directory.hospitalLabel(r.hospitalId()).orElse(""));
            entry.put("name", plain.get(0));
            entry.put("documentType", r.documentType().name());
            entry.put("documentNumber", plain.get(1));
            entry.put("phone", plain.get(2));
            entry.put("birthDate", plain.get(3));
            entry.put("sex", r.sex());
            entry.put("category", r.category().name());
            entry.put("riskLevel", r.riskLevel().name());
            entry.put("reasons", r.reasons());
            entry.put("validUntil", r.validUntil().toString());
            out.add(entry);
        }
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "WatchlistPerson", "export", null,
                out.size() + " listings for the police platform").withReason(reason.trim()));
        return out;
    }

    /** WL-1: an evidence file of the listing (photo, recording, document), checked by content. */
    ListingView attachEvidence(long id, org.springframework.web.multipart.MultipartFile file, Actor actor,
            DataScope scope) {
        ListingRow listing = visible(id, scope);
        EvidenceView stored = evidence.store(evidenceOf(id), listing.hospitalId(), file, actor.username());
        history(id, actor.username(), "EVIDENCE_ADDED", null, stored.filename());
        return get(id, scope);
    }

    /** The bytes of an evidence file; evidence may show people, so each download is recorded. */
    EvidenceContent evidence(long id, long evidenceId, DataScope scope) {
        ListingRow listing = visible(id, scope);
        return evidence.download(evidenceOf(id), evidenceId, listing.hospitalId());
    }

    /** A listing's evidence files in the evidence store. */
    private static RecordRef evidenceOf(long id) {
        return RecordRef.of("LISTING", id);
    }

    ListingRow visible(long id, DataScope scope) {
        return row(id).filter(r -> scope.includes(r.hospitalId()))
                .orElseThrow(() -> new NotFound("watchlistPerson", id));
    }

    java.util.Optional<ListingRow> row(long id) {
        return jdbc.sql("select * from watchlist_persons where id = :id").param("id", id).query(Watchlist::row).optional();
    }

    private ListingView view(ListingRow r, boolean full) {
        List<TrailEntry> history = full ? trail.of(trailOf(r.id())) : List.of();
        List<ListingView.Related> related = full ? jdbc.sql("""
                select id, name_masked, relation, status from watchlist_persons
                where (related_to = :id or id = :related) and id <> :id order by id""")
                .param("id", r.id()).param("related", r.relatedTo() == null ? -1 : r.relatedTo())
                .query((rs, n) -> new ListingView.Related(rs.getLong("id"), rs.getString("name_masked"),
                        rs.getString("relation"), rs.getString("status"))).list() : List.of();
        List<EvidenceView> files = full ? evidence.of(evidenceOf(r.id())) : List.of();
        return new ListingView(r.id(), r.hospitalId(), directory.hospitalLabel(r.hospitalId()).orElse(""),
                r.documentType(), r.documentMasked(), r.nameMasked(), r.sex(), r.phoneMasked(), r.category(),
                r.reasons(), r.evidence(), r.incidentId(), r.riskLevel(), r.validUntil(), r.relatedTo(), r.relation(),
                r.status().name(), r.proposedBy(), r.proposedAt(), r.reviewedBy(), r.reviewedAt(), history, related, files);
    }

    /** Every change of a listing goes through its history: the screening index reloads after the commit. */
    private void history(long id, String actor, String action, String note, Object... labelArguments) {
        index.changed();
        trail.add(trailOf(id), Instant.now(clock), actor, action, note, null, labelArguments);
    }

    /** A listing's history in the trail. */
    static RecordRef trailOf(long id) {
        return RecordRef.of("LISTING", id);
    }

    /** The birth date a resident ID carries wins; a different one given with it is an error. */
    static LocalDate birthDate(DocumentType type, String number, LocalDate given) {
        LocalDate fromDocument = PersonalData.birthDateOf(type, number).orElse(null);
        if (fromDocument != null && given != null && !fromDocument.equals(given)) {
            throw new RuleViolation("birthDate", "validation.watchlist.birthDate");
        }
        return fromDocument != null ? fromDocument : given;
    }

    private LocalDate today() {
        return times.today();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A row of watchlist_persons. */
    record ListingRow(long id, long hospitalId, DocumentType documentType, String documentCipher, String documentHash,
            String documentMasked, String nameCipher, String nameHash, String nameMasked, String sex, String birthCipher,
            String birthHash, String phoneCipher, String phoneHash, String phoneMasked, RiskCategory category,
            String reasons, String evidence, Long incidentId, RiskLevel riskLevel, LocalDate validUntil, Long relatedTo,
            String relation, ListingStatus status, String proposedBy, Instant proposedAt, String reviewedBy,
            Instant reviewedAt) {
    }

    static ListingRow row(ResultSet rs, int n) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        long incident = rs.getLong("incident_id");
        boolean noIncident = rs.wasNull();
        long related = rs.getLong("related_to");
        boolean noRelated = rs.wasNull();
        return new ListingRow(rs.getLong("id"), rs.getLong("hospital_id"), DocumentType.valueOf(rs.getString("document_type")),
                rs.getString("document_cipher"), rs.getString("document_hash"), rs.getString("document_masked"),
                rs.getString("name_cipher"), rs.getString("name_hash"), rs.getString("name_masked"), rs.getString("sex"),
                rs.getString("birth_cipher"), rs.getString("birth_hash"), rs.getString("phone_cipher"),
                rs.getString("phone_hash"), rs.getString("phone_masked"), RiskCategory.valueOf(rs.getString("category")),
                rs.getString("reasons"), rs.getString("evidence"), noIncident ? null : incident,
                RiskLevel.valueOf(rs.getString("risk_level")), rs.getObject("valid_until", LocalDate.class),
                noRelated ? null : related, rs.getString("relation"), ListingStatus.valueOf(rs.getString("status")),
                rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(), rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant());
    }
}
