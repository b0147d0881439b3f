package com.safeward.watchlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.evidence.EvidenceStore;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.personaldata.DocumentType;
import com.safeward.personaldata.PersonalData;
import com.safeward.personaldata.PersonalDataKind;
import com.safeward.trail.Trail;

/**
 * The register as people read it (WL-1, WL-7): listings of the caller's scope, identities masked,
 * searched by an exact document number, phone or name through the keyed hashes (never plain text);
 * one listing with its history, family group and evidence files.
 */
@Component
@Transactional(readOnly = true)
class ListingQueries {

    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Order.desc("updatedAt")), "updatedAt",
            "validUntil", "riskLevel", "status");

    private final JdbcClient jdbc;
    private final Listings listings;
    private final PersonalData personalData;
    private final OrganizationDirectory directory;
    private final Trail trail;
    private final EvidenceStore evidence;

    ListingQueries(JdbcClient jdbc, Listings listings, PersonalData personalData, OrganizationDirectory directory,
            Trail trail, EvidenceStore evidence) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.personalData = personalData;
        this.directory = directory;
        this.trail = trail;
        this.evidence = evidence;
    }

    Page<ListingView> list(ListingStatus status, RiskCategory category, String q, DataScope scope, Pageable pageable) {
        PagedQuery query = new PagedQuery();
        if (status != null) {
            query.and("status = :status", "status", status.name());
        }
        if (category != null) {
            query.and("category = :category", "category", category.name());
        }
        if (q != null && !q.isBlank()) {
            query.and("document_hash = :dq or phone_hash = :pq or name_hash = :nq", Map.of(
                    "dq", personalData.hash(PersonalDataKind.ID_NUMBER, q),
                    "pq", personalData.hash(PersonalDataKind.PHONE, q),
                    "nq", personalData.hash(PersonalDataKind.NAME, q)));
        }
        return scope.limit(query, "hospital_id").page(jdbc, "watchlist_persons", SORT, ListingQueries::row, pageable)
                .map(listing -> view(listing, false));
    }

    /** How many listings of that status the list shows in the scope (a home card's count). */
    long count(ListingStatus status, DataScope scope) {
        return scope.limit(new PagedQuery().and("status = :status", "status", status.name()), "hospital_id")
                .count(jdbc, "watchlist_persons");
    }

    ListingView get(long id, DataScope scope) {
        return view(listings.visibleIn(id, scope), true);
    }

    /** WL-5: the screened listings of the scope, for the police platform. */
    List<Listing> screened(DataScope scope) {
        return scope.limit(new PagedQuery(), "hospital_id").and("status in ('ACTIVE', 'DELISTING_PROPOSED')")
                .list(jdbc, "watchlist_persons", "id", ListingQueries::row);
    }

    ListingView view(Listing listing, boolean full) {
        List<ListingView.Related> related = full ? jdbc.sql("""
                select id, name_masked, relation, status from watchlist_persons
                where (related_to = :id or id = :related) and id <> :id order by id""")
                .param("id", listing.id()).param("related", listing.relatedTo() == null ? -1 : listing.relatedTo())
                .query((rs, n) -> new ListingView.Related(rs.getLong("id"), rs.getString("name_masked"),
                        rs.getString("relation"), rs.getString("status"))).list() : List.of();
        return new ListingView(listing.id(), listing.hospitalId(),
                directory.hospitalLabel(listing.hospitalId()).orElse(""), listing.documentType(),
                listing.documentMasked(), listing.nameMasked(), listing.sex(), listing.phoneMasked(), listing.category(),
                listing.reasons(), listing.evidence(), listing.incidentId(), listing.riskLevel(), listing.validUntil(),
                listing.relatedTo(), listing.relation(), listing.status().name(), listing.version(),
                listing.proposedBy(), listing.proposedAt(), listing.reviewedBy(), listing.reviewedAt(),
                full ? trail.of(Listing.trail(listing.id())) : List.of(), related,
                full ? evidence.of(Listing.evidence(listing.id())) : List.of(), listing.birthCipher() != null);
    }

    static Listing row(ResultSet rs, int n) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new Listing(rs.getLong("id"), rs.getLong("hospital_id"),
                DocumentType.valueOf(rs.getString("document_type")), rs.getString("document_cipher"),
                rs.getString("document_hash"), rs.getString("document_masked"), rs.getString("name_cipher"),
                rs.getString("name_hash"), rs.getString("name_masked"), rs.getString("sex"), rs.getString("birth_cipher"),
                rs.getString("birth_hash"), rs.getString("phone_cipher"), rs.getString("phone_hash"),
                rs.getString("phone_masked"), RiskCategory.valueOf(rs.getString("category")), rs.getString("reasons"),
                rs.getString("evidence"), rs.getObject("incident_id", Long.class),
                RiskLevel.valueOf(rs.getString("risk_level")), rs.getObject("valid_until", LocalDate.class),
                rs.getObject("related_to", Long.class), rs.getString("relation"),
                ListingStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant(), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
