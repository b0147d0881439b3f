package com.safeward.disputes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.kernel.NotFound;
import com.safeward.kernel.RuleViolation;
import com.safeward.organizations.Actor;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.AggregateRows;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;
import com.safeward.trail.Trail;

/**
 * Reading disputes as the viewer may see them: the hospital's, or the region's for regulators; a
 * list paged and sortable with filters; one dispute with its parties (masked), channels, sessions,
 * payments and trail.
 */
@Service
@Transactional(readOnly = true)
class DisputeQueries {

    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Order.desc("openedAt")), "openedAt", "status",
            "claimedAmount", "hospitalId");

    /**
     * Filters: {@code status}; {@code highRisk} flagged (DSP-9); {@code needsLeader} open, due a leader
     * (older than the region's days, petition risk, or flagged) and without one (DSP-5);
     * {@code leader} a leader's cases; {@code q} the summary or staff concerned.
     */
    record DisputeFilter(Long hospitalId, DisputeStatus status, Boolean highRisk, Boolean needsLeader, String leader,
            String q) {
    }

    private final Disputes disputes;
    private final JdbcClient jdbc;
    private final AggregateRows rows;
    private final OrganizationDirectory organizations;
    private final DisputeLimits limits;
    private final Trail trail;
    private final com.safeward.evidence.EvidenceStore evidence;
    private final java.time.Clock clock;

    DisputeQueries(Disputes disputes, JdbcClient jdbc, AggregateRows rows, OrganizationDirectory organizations,
            DisputeLimits limits, Trail trail, com.safeward.evidence.EvidenceStore evidence, java.time.Clock clock) {
        this.disputes = disputes;
        this.jdbc = jdbc;
        this.rows = rows;
        this.organizations = organizations;
        this.limits = limits;
        this.trail = trail;
        this.evidence = evidence;
        this.clock = clock;
    }

    Page<DisputeView> list(DisputeFilter filter, DataScope scope, Pageable pageable) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id").containing(filter.q(), "summary", "staff_involved");
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.status() != null) {
            query.and("status = :status", "status", filter.status().name());
        }
        if (Boolean.TRUE.equals(filter.highRisk())) {
            query.and("threat_to_staff or petition_risk or criminal_risk");
        }
        if (Boolean.TRUE.equals(filter.needsLeader())) {
            leaderDue(query, scope);
        }
        if (filter.leader() != null && !filter.leader().isBlank()) {
            query.and("leader = :leader", "leader", filter.leader());
        }
        Map<Long, String> hospitals = new HashMap<>();
        Page<Dispute> page = query.page(jdbc, "disputes", SORT, rows.of(Dispute.class), pageable);
        Map<Long, String> departments = new HashMap<>(); // one look-up per department of the page, not per row
        return page.map(d -> view(d, hospitals.computeIfAbsent(d.hospitalId(),
                h -> organizations.hospitalLabel(h).orElse("")), department(d, departments), List.of(), List.of(),
                List.of(), List.of()));
    }

    /**
     * DSP-5 as a condition: open, no leader, and flagged or older than its region's days (hospitals
     * grouped by their region's number, one cut-off each).
     */
    private void leaderDue(PagedQuery query, DataScope scope) {
        Instant now = Instant.now(clock);
        Map<Integer, List<Long>> byDays = new HashMap<>();
        organizations.hospitalFacts(scope).forEach(h -> byDays.computeIfAbsent(limits.of(h).leaderAfterDays(),
                d -> new java.util.ArrayList<>()).add(h.id()));
        StringBuilder old = new StringBuilder("1 = 0");
        Map<String, Object> values = new HashMap<>();
        int n = 0;
        for (Map.Entry<Integer, List<Long>> group : byDays.entrySet()) {
            old.append(" or (hospital_id in (:leaderHospitals").append(n).append(") and opened_at < :leaderCutoff")
                    .append(n).append(')');
            values.put("leaderHospitals" + n, group.getValue());
            values.put("leaderCutoff" + n, java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(group.getKey()))));
            n++;
        }
        query.and("status = 'OPEN' and leader is null and (threat_to_staff or petition_risk or criminal_risk or "
                + old + ")", values);
    }

    /** DSP-5: an open dispute without a leader that needs one now. */
    boolean needsLeader(Dispute dispute, Instant now) {
        if (dispute.status() != DisputeStatus.OPEN || dispute.leader() != null) {
            return false;
        }
        return Dispute.leaderDue(dispute.flags().any(), dispute.openedAt(),
                limits.of(dispute.hospitalId()).leaderAfterDays(), now);
    }

    DisputeView get(long id, DataScope scope) {
        return view(visible(id, scope));
    }

    Dispute visible(long id, DataScope scope) {
        Dispute dispute = disputes.findById(id).orElseThrow(() -> new NotFound("dispute", id));
        scope.require(dispute.hospitalId(), "dispute", id);
        return dispute;
    }

    /** Visible, and of the actor's own hospital: only the hospital acts on its disputes. */
    Dispute ownHospital(long id, Actor actor, DataScope scope) {
        Dispute dispute = visible(id, scope);
        if (actor.hospitalId() == null || actor.hospitalId().longValue() != dispute.hospitalId()) {
            throw new RuleViolation("hospitalId", "validation.dispute.ownHospital");
        }
        return dispute;
    }

    DisputeView view(Dispute dispute) {
        long id = dispute.id();
        List<DisputeView.Party> parties = jdbc.sql("select * from dispute_parties where dispute_id = :d order by id")
                .param("d", id).query((rs, n) -> new DisputeView.Party(rs.getLong("id"),
                        PartyRole.valueOf(rs.getString("party_role")), rs.getString("name_masked"),
                        rs.getString("phone_masked"), rs.getString("document_masked"), rs.getString("relation"))).list();
        List<DisputeView.Payment> payments = jdbc.sql("select * from dispute_payments where dispute_id = :d order by paid_on, id")
                .param("d", id).query((rs, n) -> new DisputeView.Payment(rs.getLong("id"), rs.getBigDecimal("amount"),
                        rs.getDate("paid_on").toLocalDate(), rs.getString("reference"), rs.getString("recorded_by")))
                .list();
        return view(dispute, organizations.hospitalLabel(dispute.hospitalId()).orElse(""),
                department(dispute, new HashMap<>()), parties, channelsOf(id), payments, trail.of(Dispute.trail(id)));
    }

    /** One channel of the dispute; 404 when the dispute has no such channel. */
    DisputeView.Channel channel(long disputeId, long channelId) {
        return channelsOf(disputeId).stream().filter(c -> c.id() == channelId).findFirst()
                .orElseThrow(() -> new NotFound("channel", channelId));
    }

    List<DisputeView.Channel> channelsOf(long disputeId) {
        Map<Long, List<DisputeView.Session>> sessions = new HashMap<>();
        jdbc.sql("""
                select s.* from dispute_sessions s join dispute_channels c on c.id = s.channel_id
                where c.dispute_id = :d order by s.held_at, s.id""").param("d", disputeId).query((rs, n) -> {
                    sessions.computeIfAbsent(rs.getLong("channel_id"), c -> new java.util.ArrayList<>())
                            .add(new DisputeView.Session(rs.getLong("id"), instant(rs, "held_at"), rs.getString("place"),
                                    rs.getBoolean("recorded"), rs.getInt("patient_side_count"),
                                    rs.getString("participants"), rs.getString("summary")));
                    return null;
                }).list();
        return jdbc.sql("select * from dispute_channels where dispute_id = :d order by opened_at, id").param("d", disputeId)
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    return new DisputeView.Channel(rs.getLong("id"), DisputeChannelKind.valueOf(rs.getString("kind")),
                            rs.getString("body"), rs.getString("reference"), instant(rs, "opened_at"),
                            rs.getString("opened_by"), outcome == null ? null : ChannelOutcome.valueOf(outcome),
                            rs.getString("outcome_note"), instant(rs, "concluded_at"), rs.getBoolean("insurer_notified"),
                            sessions.getOrDefault(rs.getLong("id"), List.of()),
                            evidence.of(DisputeDocuments.of(rs.getLong("id"))));
                }).list();
    }

    private String department(Dispute d, Map<Long, String> known) {
        return d.departmentId() == null ? null : known.computeIfAbsent(d.departmentId(),
                id -> organizations.department(d.hospitalId(), id).map(dep -> dep.name()).orElse(""));
    }

    private DisputeView view(Dispute d, String hospital, String department, List<DisputeView.Party> parties,
            List<DisputeView.Channel> channels, List<DisputeView.Payment> payments,
            List<com.safeward.trail.TrailEntry> history) {
        return new DisputeView(d.id(), d.hospitalId(), hospital, d.complaintId(), d.departmentId(), department,
                d.staffInvolved(), d.summary(), d.claimedAmount(), d.threatToStaff(), d.petitionRisk(), d.criminalRisk(),
                d.incidentId(), d.status(), d.openedAt(), d.openedBy(), d.leader(), d.leaderAssignedAt(),
                d.liabilityBasis(), d.liabilityFinding(), d.liabilityAt(), d.liabilityBy(), d.closedAt(), parties, channels,
                payments, history, needsLeader(d, Instant.now(clock)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
