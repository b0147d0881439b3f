package com.safeward.disputes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.organizations.Role;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.trail.Trail;

/**
 * Reading complaints as the viewer may see them (DSP-1): the hospital's handlers see its complaints,
 * medical staff those they received, own or are offered; regulators their region's. Lists are paged
 * and sortable; one complaint comes with its additions and trail.
 */
@Service
@Transactional(readOnly = true)
class ComplaintQueries {

    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Order.asc("feedbackDueAt")), "feedbackDueAt",
            "receivedAt", "status", "channel", "hospitalId");

    /**
     * Filters: {@code status}; {@code open} not yet answered; {@code overdue} open past the deadline;
     * {@code mine} owned by or offered to the viewer; {@code unclaimed} filed on the public page and
     * not yet taken; {@code q} subject, content or tracking number.
     */
    record ComplaintFilter(Long hospitalId, ComplaintStatus status, ComplaintChannel channel, Boolean open,
            Boolean overdue, Boolean mine, Boolean unclaimed, String q) {
    }

    /** What the complainant sees with the tracking number: no names, no staff, the feedback once given. */
    record PublicStatus(String trackingNumber, String hospital, String subject, ComplaintStatus status,
            Instant receivedAt, LocalDate feedbackDueOn, String feedback, Instant feedbackAt, int additions) {
    }

    private final Complaints complaints;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final OrganizationDirectory organizations;
    private final Trail trail;

    ComplaintQueries(Complaints complaints, JdbcClient jdbc, AggregateRows rows, OrganizationDirectory organizations,
            Trail trail) {
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.rows = rows;
        this.organizations = organizations;
        this.trail = trail;
    }

    Page<ComplaintView> list(ComplaintFilter filter, Actor actor, DataScope scope, Pageable pageable) {
        PagedQuery query = limit(scope.limit(new PagedQuery(), "hospital_id"), actor)
                .containing(filter.q(), "subject", "content", "tracking_number");
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.status() != null) {
            query.and("status = :status", "status", filter.status().name());
        }
        if (filter.channel() != null) {
            query.and("channel = :channel", "channel", filter.channel().name());
        }
        if (Boolean.TRUE.equals(filter.open())) {
            query.and("status = 'OPEN'");
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.and("status = 'OPEN' and overdue_at is not null");
        }
        if (Boolean.TRUE.equals(filter.mine())) {
            query.and("owner = :me or handover_to = :me", "me", actor.username());
        }
        if (Boolean.TRUE.equals(filter.unclaimed())) {
            query.and("status = 'OPEN' and owner is null");
        }
        Map<Long, String> hospitals = new HashMap<>();
        Map<Long, String> departments = new HashMap<>();
        return query.page(jdbc, "complaints", SORT, rows.of(Complaint.class), pageable).map(c -> view(c,
                hospitals.computeIfAbsent(c.hospitalId(), h -> organizations.hospitalLabel(h).orElse("")),
                department(c, departments), List.of(), List.of()));
    }

    ComplaintView get(long id, Actor actor, DataScope scope) {
        return view(visible(id, actor, scope));
    }

    /** The complaint if the viewer may see it; otherwise 404 (never a hint that it exists). */
    Complaint visible(long id, Actor actor, DataScope scope) {
        Complaint complaint = complaints.findById(id).orElseThrow(() -> new NotFound("complaint", id));
        scope.require(complaint.hospitalId(), "complaint", id);
        if (actor.role() == Role.MEDICAL_STAFF && !involves(complaint, actor.username())) {
            throw new NotFound("complaint", id);
        }
        return complaint;
    }

    Optional<Complaint> byTrackingNumber(String number) {
        String normalized = number == null ? "" : number.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return normalized.matches("TS[0-9A-Z]{10}") ? complaints.findByTrackingNumber(normalized) : Optional.empty();
    }

    PublicStatus publicStatus(Complaint complaint) {
        int additions = jdbc.sql("select count(*) from complaint_additions where complaint_id = :c and added_by is null")
                .param("c", complaint.id()).query(Integer.class).single();
        boolean answered = complaint.feedbackAt() != null;
        return new PublicStatus(complaint.trackingNumber(), organizations.hospitalLabel(complaint.hospitalId()).orElse(""),
                complaint.subject(), complaint.status(), complaint.receivedAt(), complaint.feedbackDueOn(),
                answered ? complaint.feedback() : null, complaint.feedbackAt(), additions);
    }

    ComplaintView view(Complaint complaint) {
        List<ComplaintView.Addition> additions = jdbc.sql(
                "select added_at, added_by, content from complaint_additions where complaint_id = :c order by added_at, id")
                .param("c", complaint.id()).query((rs, n) -> new ComplaintView.Addition(
                        rs.getTimestamp("added_at").toInstant(), rs.getString("added_by"), rs.getString("content"))).list();
        return view(complaint, organizations.hospitalLabel(complaint.hospitalId()).orElse(""),
                department(complaint, new HashMap<>()), additions, trail.of(Complaint.trail(complaint.id())));
    }

    private String department(Complaint complaint, Map<Long, String> known) {
        if (complaint.departmentId() == null) {
            return null;
        }
        return known.computeIfAbsent(complaint.departmentId(), d -> organizations.department(complaint.hospitalId(), d)
                .map(dep -> dep.name()).orElse(""));
    }

    private static ComplaintView view(Complaint c, String hospital, String department,
            List<ComplaintView.Addition> additions, List<com.safeward.trail.TrailEntry> history) {
        return new ComplaintView(c.id(), c.hospitalId(), hospital, c.trackingNumber(), c.channel(), c.complainantMasked(),
                c.phoneMasked(), c.departmentId(), department, c.subject(), c.content(), c.severalDepartments(),
                c.receivedAt(), c.receivedBy(), c.owner(), c.handoverTo(), c.handoverNote(), c.status(),
                c.feedbackDueOn(), c.feedbackDueAt(), c.findings(), c.feedback(), c.feedbackBy(), c.feedbackAt(),
                c.closedAt(), c.overdueAt(), c.disputeId(), additions, history);
    }

    /** Medical staff see the complaints they received, own or are offered; the hospital's handlers all of them. */
    private static PagedQuery limit(PagedQuery query, Actor actor) {
        if (actor.role() == Role.MEDICAL_STAFF) {
            query.and("received_by = :me or owner = :me or handover_to = :me", "me", actor.username());
        }
        return query;
    }

    private static boolean involves(Complaint complaint, String username) {
        return username.equals(complaint.receivedBy()) || username.equals(complaint.owner())
                || username.equals(complaint.handoverTo());
    }
}
